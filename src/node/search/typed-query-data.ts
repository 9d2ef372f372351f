/**
 * The search data that lets search read a query the way people type it
 * (src/shared/search/understand-query.ts): the report's year for 今年/去年, the alias
 * table, and the readings of the report's characters for pinyin and homophone slips;
 * plus the readings of other common characters, written to a file of their own that is
 * fetched only for a query that uses such a character.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportSchema } from '../../schemas/report.ts';
import { loadSearchAliases } from '../content/load-search-aliases.ts';
import { commonReadingTable, reportReadingTable } from './build-data.ts';
import type { ReadingTable } from '../../shared/search/pinyin.ts';
import type { SearchData } from '../../shared/search/types.ts';

/** The year of the report's date in `content/report.json`. */
export function reportYear(file: string): number {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  const result = reportSchema.safeParse(entries.find((entry) => (entry as { id?: unknown })?.id === 'report'));
  if (!result.success) throw new Error(`${file}: field "${result.error.issues[0]?.path.join('.') || 'id'}": ${result.error.issues[0]?.message}`);
  return Number(result.data.date.slice(0, 4));
}

export function typedQueryData(root: URL, texts: string[]): { data: Pick<SearchData, 'year' | 'aliases' | 'readings'>; common: ReadingTable } {
  const corpus = texts.join('\n');
  const readings = reportReadingTable(texts);
  return {
    data: {
      year: reportYear(fileURLToPath(new URL('./content/report.json', root))),
      aliases: loadSearchAliases(corpus, fileURLToPath(new URL('./content/search-aliases.yaml', root))),
      readings,
    },
    common: commonReadingTable(new Set(corpus)),
  };
}
