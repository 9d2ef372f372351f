/**
 * The hand-made reference of tests/fixtures/reconcile/: for each pair of consecutive national
 * reports, the targets of the first for GDP, jobs, unemployment, prices, grain and energy, the
 * result the second gives, and the verdict, read from the texts. Beside it, the pairs the
 * program drafts from the same texts (imported as an editor imports them, figures drafted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { indicatorsDraft } from '../../src/importer/write-content.ts';
import { loadIndicatorNames } from '../../src/node/content/load-indicator-names.ts';
import { pairTargets, type Pairing } from '../../src/shared/reconcile/pair.ts';
import { VERDICTS } from '../../src/shared/reconcile/verdict.ts';
import type { Indicator } from '../../src/schemas/indicators.ts';
import { ROOT } from './fixture.ts';

const rowSchema = z
  .object({
    year: z.number().int(),
    indicator: z.string().min(1),
    target: z.string().min(2),
    target_quote: z.string().min(2),
    result: z.string().min(2).nullable(),
    result_quote: z.string().min(2).optional(),
    verdict: z.enum(VERDICTS),
    reason: z.string().min(1),
  })
  .strict();
export type ReferenceRow = z.infer<typeof rowSchema>;

export const REFERENCE: ReferenceRow[] = z
  .array(rowSchema)
  .parse(parse(readFileSync(join(ROOT, 'tests/fixtures/reconcile/national.reference.yaml'), 'utf8')));

const FILES: Record<number, string> = {
  2014: 'tests/fixtures/reports/national-2014.txt',
  2021: 'tests/fixtures/reports/national-2021.txt',
};
const fileOf = (year: number) => FILES[year] ?? `tests/fixtures/library/national-${year}.txt`;

const drafts = new Map<number, Indicator[]>();
/** The figures the importer drafts for the national report of `year`. */
export function draftedFigures(year: number): Indicator[] {
  let figures = drafts.get(year);
  if (!figures) {
    const manuscript = parseManuscript(readFileSync(join(ROOT, fileOf(year)), 'utf8'));
    figures = indicatorsDraft(manuscript).draft.indicators;
    drafts.set(year, figures);
  }
  return figures;
}

/** The drafted pairs of the national report of `year` with the next year's. */
export function draftedPairs(year: number): Pairing[] {
  const entries = loadIndicatorNames(ROOT);
  return pairTargets(
    { id: `guowuyuan/${year}`, year, indicators: draftedFigures(year) },
    { id: `guowuyuan/${year + 1}`, year: year + 1, indicators: draftedFigures(year + 1) },
    entries,
  );
}

/** A figure as written, reduced to its number and unit: 1000万人以上 → 1000万人, 6.5%－7% → 6.5%. */
export const figureOf = (written: string): string =>
  /^(\d+(?:\.\d+)?)([^\d－—\-~至到]*?)(?:左右|以上|以内|以下)?(?:[－—\-~至到].*)?$/
    .exec(written.replace(/％/g, '%'))
    ?.slice(1, 3)
    .join('') ?? written;

export const figureText = (i: Pick<Indicator, 'value' | 'unit'>): string => `${i.value}${i.unit.replace(/％/g, '%')}`;
