/**
 * The collections Astro renders pages from. Their schemas are those of src/schemas/; the
 * rules across entries (unique order and slug, parts that exist, terms claimed once) are
 * checked when the config loads the model of the report (src/node/content/load-report.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sectionFields } from './schemas/section.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { partSchema, reportSchema } from './schemas/report.ts';
import { z } from 'astro/zod';
import { GLOSSARY_DIR, hasGlossaryFiles } from './node/content/glossary-files.ts';

const sections = defineCollection({
  loader: glob({ base: './content/sections', pattern: '*.mdx' }),
  // The same fields as src/schemas/section.ts, with `part` as a checked reference.
  schema: z.object({ ...sectionFields, part: reference('parts') }).strict(),
});

const glossary = defineCollection({
  // No entries, no glob (which would warn of an empty folder): a report without a glossary.
  loader: hasGlossaryFiles() ? glob({ base: `./${GLOSSARY_DIR}`, pattern: '*.md' }) : async () => [],
  schema: glossarySchema,
});

const parts = defineCollection({
  loader: file('./content/parts.json'),
  schema: partSchema,
});

const report = defineCollection({
  loader: file('./content/report.json'),
  schema: reportSchema,
});

export const collections = { sections, glossary, parts, report };
