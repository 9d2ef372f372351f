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
import { hasGlossaryFiles } from './node/content/glossary-files.ts';
import { chosenReport, REPORT_FILES, reportFile, reportFolder } from './node/content/report-files.ts';

// The report this build renders (src/node/content/report-files.ts), as astro.config.mjs chose it.
const dir = reportFolder(chosenReport());
const glossaryDir = reportFile(dir, REPORT_FILES.glossary);

const sections = defineCollection({
  loader: glob({ base: `./${reportFile(dir, REPORT_FILES.sections)}`, pattern: '*.mdx' }),
  schema: sectionSchema,
});

const glossary = defineCollection({
  // No entries, no glob (which would warn of an empty folder): a report without a glossary.
  loader: hasGlossaryFiles(glossaryDir) ? glob({ base: `./${glossaryDir}`, pattern: '*.md' }) : async () => [],
  schema: glossarySchema,
});

export const collections = { sections, glossary };
