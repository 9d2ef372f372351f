/**
 * Checked access to the content collections. Astro only logs a reference to a missing
 * entry; here it stops the build with the file and the field named.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../shared/content-error.ts';
import { hasGlossaryFiles } from '../node/content/glossary-files.ts';

export { ContentError };

export type Section = CollectionEntry<'sections'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type Part = CollectionEntry<'parts'>;

export async function getReport() {
  const report = await getEntry('report', 'report');
  if (!report) throw new ContentError({ file: 'content/report.json', field: 'id', message: 'the file must hold one entry with id "report"' });
  return report.data;
}

export async function getParts(): Promise<Part[]> {
  return (await getCollection('parts')).sort((a, b) => a.data.order - b.data.order);
}

/** Sections in reading order, each with its part resolved. */
export async function getSections(): Promise<(Section & { partEntry: Part })[]> {
  const parts = new Map((await getParts()).map((part) => [part.id, part]));
  const sections = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
  return sections.map((section) => {
    const partEntry = parts.get(section.data.part.id);
    if (!partEntry) {
      throw new ContentError({ file: section.filePath ?? section.id, field: 'part', message: `no part "${section.data.part.id}" in content/parts.json (write one of: ${[...parts.keys()].join(', ')})` });
    }
    return Object.assign(section, { partEntry });
  });
}

/**
 * Glossary entries in the order of 有关词语解释. (A term or alias claimed by two entries is
 * refused earlier, when the config loads the model: src/node/content/load-report.ts.)
 */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  if (!hasGlossaryFiles()) return [];
  return (await getCollection('glossary')).sort((a, b) => a.data.order - b.data.order);
}
