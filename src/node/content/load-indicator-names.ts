/**
 * Reads `content/language/indicator-names.yaml` (src/schemas/indicator-names.ts): the names
 * of each indicator the 对账单 pairs by. A name claimed by two entries stops the build, naming
 * the file, the entry and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { indicatorNamesFileSchema, type IndicatorName } from '../../schemas/indicator-names.ts';
import { ContentError, schemaProblems } from '../../shared/content-error.ts';

export const INDICATOR_NAMES_FILE = 'content/language/indicator-names.yaml';

export function loadIndicatorNames(root: string = process.cwd()): IndicatorName[] {
  const path = join(root, INDICATOR_NAMES_FILE);
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError([{ file: INDICATOR_NAMES_FILE, message: `not valid YAML: ${(error as Error).message}` }]);
  }
  const result = indicatorNamesFileSchema.safeParse(raw ?? []);
  if (!result.success) throw new ContentError(schemaProblems(INDICATOR_NAMES_FILE, result.error.issues));
  const seen = new Map<string, string>();
  const problems = result.data.flatMap((entry, index) =>
    entry.names.flatMap((name) => {
      const other = seen.get(name);
      seen.set(name, entry.id);
      return other
        ? [
            {
              file: INDICATOR_NAMES_FILE,
              entry: `entry ${index + 1} (${entry.id})`,
              field: 'names',
              message: `"${name}" is also a name of "${other}": keep it in one entry`,
            },
          ]
        : [];
    }),
  );
  if (problems.length) throw new ContentError(problems);
  return result.data;
}
