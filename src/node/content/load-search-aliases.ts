/**
 * Reads a report's `search-aliases.yaml` for the search data. The zod schema checks each
 * entry; here the checks it cannot make on one entry: a word claimed by two entries, and a
 * report word the report does not contain (an alias that can never find anything).
 * Every error names the file, the entry and the field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { searchAliasesFileSchema } from '../../schemas/search-aliases.ts';
import { normalize } from '../../shared/search/normalize.ts';
import type { AliasTable } from '../../shared/search/understand-query.ts';

/** The alias table, everyday word → report words; `reportText` is all of the report, for the check. */
export function loadSearchAliases(reportText: string, file: string): AliasTable {
  const fail = (where: string, message: string): never => {
    throw new Error(`${file}: ${where}: ${message}`);
  };
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail('YAML', (error as Error).message);
  }
  const result = searchAliasesFileSchema.safeParse(raw ?? []);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      // An unknown key has no path of its own: name the key.
      const name = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : field.join('.');
      return `entry ${typeof index === 'number' ? index + 1 : '?'}: field "${name || 'entry'}": ${issue.message}`;
    });
    return fail('schema', issues.join('; '));
  }
  const report = normalize(reportText);
  const table: AliasTable = {};
  result.data.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    for (const meant of entry.means) {
      if (!report.includes(normalize(meant))) fail(where, `field "means": "${meant}" does not occur in the report`);
    }
    for (const typed of entry.words) {
      const key = normalize(typed);
      if (key in table) fail(where, `field "words": "${typed}" is also in an earlier entry`);
      table[key] = entry.means.map(normalize);
    }
  });
  return table;
}
