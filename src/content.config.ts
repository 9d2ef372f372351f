/**
 * The collections Astro renders: sections and glossary entries. Their schemas are those of
 * src/schemas/; everything else pages read (the report, its parts, figures, redirects) and
 * the rules across entries (unique order and slug, parts that exist, terms claimed once)
 * come from the model of the report the config loads (src/node/content/load-report.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './schemas/section.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { GLOSSARY_DIR, hasGlossaryFiles } from './node/content/glossary-files.ts';

const sections = defineCollection({
  loader: glob({ base: './content/sections', pattern: '*.mdx' }),
  schema: sectionSchema,
});

const glossary = defineCollection({
  // No entries, no glob (which would warn of an empty folder): a report without a glossary.
  loader: hasGlossaryFiles() ? glob({ base: `./${GLOSSARY_DIR}`, pattern: '*.md' }) : async () => [],
  schema: glossarySchema,
});

export const collections = { sections, glossary };
