/**
 * Checked access to the content collections. Astro only logs a reference to a missing
 * entry; here it stops the build with the file and the field named.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Section = CollectionEntry<'sections'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type Part = CollectionEntry<'parts'>;

export class ContentError extends Error {
  constructor(file: string | undefined, field: string, message: string) {
    super(`${file ?? '(unknown file)'}: field "${field}": ${message}`);
    this.name = 'ContentError';
  }
}

export async function getReport() {
  const report = await getEntry('report', 'report');
  if (!report) throw new ContentError('content/report.json', 'id', 'the file must hold one entry with id "report"');
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
      throw new ContentError(section.filePath, 'part', `no part "${section.data.part.id}" in content/parts.json (known: ${[...parts.keys()].join(', ')})`);
    }
    if (!section.body?.trim()) throw new ContentError(section.filePath, 'body', 'the section has no text');
    return Object.assign(section, { partEntry });
  });
}

/**
 * Glossary entries in the order of 有关词语解释. (A term or alias claimed by two entries is
 * refused earlier, when the config loads the terms: src/node/content/load-terms.ts.)
 */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).sort((a, b) => a.data.order - b.data.order);
}
