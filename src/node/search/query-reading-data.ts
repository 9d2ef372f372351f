/**
 * The search data that lets search read a query the way people type it
 * (src/shared/search/understand-query.ts): the report's year for 今年/去年, the alias
 * table, and the readings of the report's characters for pinyin and homophone slips;
 * plus the readings of other common characters, written to a file of their own that is
 * fetched only for a query that uses such a character.
 */
import { loadSearchAliases } from '../content/load-search-aliases.ts';
import { commonReadingTable, reportReadingTable } from './build-data.ts';
import type { ReadingTable } from '../../shared/search/pinyin.ts';
import type { QueryReading } from '../../shared/search/types.ts';

/**
 * `year`: the report's (from the model of the report); `aliasesFile`: the report's
 * search-aliases.yaml; `sharedAliasesFile`: the language's everyday words, shared by every report.
 */
export function queryReadingData(
  { year, aliasesFile, sharedAliasesFile }: { year: number; aliasesFile: string; sharedAliasesFile?: string },
  texts: string[],
): { data: QueryReading; common: ReadingTable } {
  const corpus = texts.join('\n');
  const readings = reportReadingTable(texts);
  return {
    data: {
      year,
      aliases: loadSearchAliases(corpus, aliasesFile, sharedAliasesFile),
      readings,
    },
    common: commonReadingTable(new Set(corpus)),
  };
}
