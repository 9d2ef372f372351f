/**
 * The hand-made references of tests/fixtures/indicators/: every figure of a report read by
 * a person (its paragraph, the figure as written, the names a reader would accept, the
 * period and the kind), and the importer's draft of the same report set beside them, row
 * by row. A drafted row agrees when its name is one of the accepted names and its period
 * and kind are the reference's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { draftSections, indicatorsDraft } from '../../src/importer/write-content.ts';
import type { Indicator } from '../../src/schemas/indicators.ts';
import { ROOT } from './fixture.ts';

const rowSchema = z
  .object({
    /** `<section slug>#p<N>` */
    at: z.string().regex(/^[^#]+#p\d+$/),
    figure: z.string().min(2),
    /** Which occurrence of the figure in the paragraph, when it occurs more than once. */
    nth: z.number().int().positive().optional(),
    indicator: z.array(z.string().min(1)).min(1),
    period: z.string().regex(/^\d{4}(—\d{4})?$/),
    kind: z.enum(['achieved', 'growth', 'target']),
    note: z.string().optional(),
  })
  .strict();
const referenceSchema = z
  .object({
    /** The pages read: `all`, or the slugs of those read whole (the draft's other rows are not compared). */
    pages: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]),
    figures: z.array(rowSchema).min(1),
  })
  .strict();
export type ReferenceRow = z.infer<typeof rowSchema>;

export type Fault = 'name' | 'period' | 'kind' | 'not a figure';
export interface DraftedRow {
  key: string;
  drafted: Indicator;
  reference?: ReferenceRow;
  faults: Fault[];
}

/** A figure's place: section, paragraph and occurrence of the same figure text in it. */
const keyOf = (section: string, paragraph: number, figure: string, nth: number) =>
  `${section}#p${paragraph} ${figure.replace(/％/g, '%')} ${nth}`;

/** Occurrences of `figure` in `text` that are whole figures (5% is not in 5.5% or 15%), by offset. */
function wholeFigures(text: string, figure: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(figure); i !== -1; i = text.indexOf(figure, i + 1))
    if (!/[0-9.]/.test(text[i - 1] ?? '') && !/^[0-9]/.test(text.slice(i + figure.length))) at.push(i);
  return at;
}

/** The importer's draft of fixture report `name` and the reference, row by row. */
export function draftAgainstReference(name: string): { rows: DraftedRow[]; missing: ReferenceRow[] } {
  const manuscript = parseManuscript(readFileSync(join(ROOT, 'tests/fixtures/reports', `${name}.txt`), 'utf8'));
  const { pages, figures: reference } = referenceSchema.parse(
    parse(readFileSync(join(ROOT, 'tests/fixtures/indicators', `${name}.reference.yaml`), 'utf8')),
  );
  const read = (section: string) => pages === 'all' || pages.includes(section);
  const byKey = new Map(
    reference.map((row) => {
      const [section, paragraph] = row.at.split('#p');
      return [keyOf(section, Number(paragraph), row.figure, row.nth ?? 1), row];
    }),
  );
  const sections = new Map(draftSections(manuscript).map((section) => [section.slug, section.paragraphs]));
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const drafts = indicatorsDraft(manuscript).draft.indicators.filter((drafted) => read(drafted.source.section));
  const rows = drafts.map((drafted): DraftedRow => {
    const paragraphs = sections.get(drafted.source.section) ?? [];
    const quote = squeeze(drafted.source.quote);
    const index = drafted.source.paragraph
      ? drafted.source.paragraph - 1
      : paragraphs.findIndex((text) => squeeze(text).includes(quote));
    const text = squeeze(paragraphs[index] ?? '');
    const figure = `${drafted.value}${drafted.unit}`;
    const offset = text.indexOf(quote) + quote.indexOf(figure);
    const nth = wholeFigures(text, figure).filter((at) => at <= offset).length;
    const key = keyOf(drafted.source.section, index + 1, figure, Math.max(1, nth));
    const row = byKey.get(key);
    byKey.delete(key);
    const faults: Fault[] = !row
      ? ['not a figure']
      : [
          ...(row.indicator.includes(drafted.indicator) ? [] : (['name'] as const)),
          ...(row.period === drafted.period ? [] : (['period'] as const)),
          ...(row.kind === drafted.kind ? [] : (['kind'] as const)),
        ];
    return { key, drafted, reference: row, faults };
  });
  return { rows, missing: [...byKey.values()] };
}
