/**
 * The everyday words search reads as a report's own (看病 → 医疗), from two files checked by
 * one schema (src/schemas/search-aliases.ts):
 * - `content/language/everyday-words.yaml`, the language's, shared by every report: an entry
 *   serves a report where the report uses its words (`means`), and is idle elsewhere;
 * - a report's own `search-aliases.yaml`, for what only that report says (火车站 → 西客站):
 *   each of its words must occur in the report, or the build stops.
 * Here the checks the schema cannot make on one entry: a word claimed by two entries of a
 * file, and (for a report's own file) a report word the report does not contain. Every
 * error names the file, the entry and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { searchAliasesFileSchema, type SearchAlias } from '../../schemas/search-aliases.ts';
import { normalize } from '../../shared/search/normalize.ts';
import type { AliasTable } from '../../shared/search/understand-query.ts';

/** The language's everyday words, shared by every report, relative to the project. */
export const EVERYDAY_WORDS_FILE = 'content/language/everyday-words.yaml';

const failIn =
  (file: string) =>
  (where: string, message: string): never => {
    throw new Error(`${file}: ${where}: ${message}`);
  };

/** The entries of an alias file, checked by the schema; a file that does not exist has none. */
function readAliasFile(file: string): SearchAlias[] {
  if (!existsSync(file)) return [];
  const fail = failIn(file);
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
  return result.data;
}

/**
 * The entries of `file` as a table, everyday word → report words. `strict`: a report word
 * the report does not contain stops the build (a report's own file); otherwise it is left
 * out, and an entry left with none is idle (the shared file).
 */
function aliasTable(entries: SearchAlias[], report: string, file: string, strict: boolean): AliasTable {
  const fail = failIn(file);
  const table: AliasTable = {};
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const used = entry.means.filter((meant) => report.includes(normalize(meant)));
    if (strict) {
      const missing = entry.means.find((meant) => !used.includes(meant));
      if (missing) fail(where, `field "means": "${missing}" does not occur in the report`);
    }
    for (const typed of entry.words) {
      const key = normalize(typed);
      if (seen.has(key)) fail(where, `field "words": "${typed}" is also in an earlier entry`);
      seen.add(key);
      if (used.length > 0) table[key] = used.map(normalize);
    }
  });
  return table;
}

/**
 * The alias table of a report: its own entries (`file`, strict), then the shared ones
 * (`sharedFile`) that it uses and does not define itself. `reportText` is all of the report.
 */
export function loadSearchAliases(reportText: string, file: string, sharedFile?: string): AliasTable {
  const report = normalize(reportText);
  const own = aliasTable(readAliasFile(file), report, file, true);
  const shared = sharedFile ? aliasTable(readAliasFile(sharedFile), report, sharedFile, false) : {};
  return { ...shared, ...own };
}
