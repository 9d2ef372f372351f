import { z } from 'astro/zod';
import { slugSchema } from './section.ts';
import { reportDateSchema } from './report.ts';

/**
 * `<report>/outline.yaml` (optional): what the importer cannot read from the report's text, or
 * should read otherwise. Every key is optional; what is not given is detected. The file is
 * read by `npm run import` only and survives re-importing the same report.
 */

const partId = z.string().regex(/^[a-z]+$/, 'lowercase letters only, e.g. "review"');

export const outlinePartSchema = z
  .object({
    id: partId,
    /** The part's title. A paragraph of the text equal to it is taken out of the running text. */
    title: z.string().trim().min(1),
    /** Its subtitle; a paragraph equal to it is taken out of the running text too. */
    subtitle: z.string().trim().min(1).optional(),
  })
  .strict();

export const outlineSectionSchema = z
  .object({
    /** The section starts at the paragraph that begins with these words ('' for the first one). */
    start: z.string(),
    slug: slugSchema.optional(),
    title: z.string().trim().min(1).optional(),
    shortTitle: z.string().trim().min(1).max(16).optional(),
    /** A part id; by default the part the start paragraph is in (or the previous section's). */
    part: partId.optional(),
    /**
     * How the report's own structure is marked up. auto (default): headings become `##`
     * sub-headings, short lead sentences, 一是… and —— items are set in bold. plain: paragraphs
     * as they are. lead: the first sentence of every paragraph in bold. area: the first
     * sentence of the first paragraph is the title, that of each later paragraph a `##` heading.
     */
    style: z.enum(['auto', 'plain', 'lead', 'area']).optional(),
  })
  .strict();

export const outlineSchema = z
  .object({
    /** The report's name, when the text does not carry it (a news article). */
    title: z.string().trim().min(1).optional(),
    /** The government that speaks, when the text does not say (我代表…). */
    government: z.string().trim().min(1).optional(),
    speaker: z.string().trim().min(1).optional(),
    /** The report's date (2014-03-05), or its year (2014), when the text gives neither. */
    // YAML reads a year written alone (date: 2014) as a number: it is the year all the same.
    date: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), reportDateSchema).optional(),
    meeting: z.string().trim().min(1).optional(),
    /** The parts in reading order; with `sections`, the complete plan. */
    parts: z.array(outlinePartSchema).min(1).optional(),
    /** Where sections start, in reading order: when given, these are all the section boundaries. */
    sections: z.array(outlineSectionSchema).min(1).optional(),
    /** Glossary ids and aliases by term, for the terms whose detected id or aliases should differ. */
    glossary: z
      .record(
        z.string().min(1),
        z
          .object({
            id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens'),
            aliases: z.array(z.string().trim().min(1)).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export type Outline = z.infer<typeof outlineSchema>;
export type OutlineSection = z.infer<typeof outlineSectionSchema>;
