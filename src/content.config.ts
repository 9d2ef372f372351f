import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { uniqueField } from './node/content/unique-field.ts';
import { sectionFields } from './schemas/section.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { partSchema, reportSchema } from './schemas/report.ts';
import { z } from 'astro/zod';

const sections = defineCollection({
  loader: uniqueField(glob({ base: './content/sections', pattern: '*.mdx' }), 'order'),
  // The same fields as src/schemas/section.ts, with `part` as a checked reference.
  schema: z.object({ ...sectionFields, part: reference('parts') }).strict(),
});

const glossary = defineCollection({
  loader: uniqueField(glob({ base: './content/glossary', pattern: '*.md' }), 'order'),
  schema: glossarySchema,
});

const parts = defineCollection({
  loader: uniqueField(file('./content/parts.json'), 'order'),
  schema: partSchema,
});

const report = defineCollection({
  loader: file('./content/report.json'),
  schema: reportSchema,
});

export const collections = { sections, glossary, parts, report };
