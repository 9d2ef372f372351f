/**
 * What pages and components know of the report: the model the config read and checked once
 * (`virtual:report-model`), and the content collections for what Astro renders (sections and
 * glossary entries), in the model's order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import model from 'virtual:report-model';
import type { PartData } from '../schemas/report.ts';

export { ContentError } from '../shared/content-error.ts';
export { model };

export type Section = CollectionEntry<'sections'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export const getReport = async () => model.report;

/**
 * The Pagefind filter of an indexed page's report (one filter to an attribute): a search
 * across the library counts the pages each report matches by it.
 */
export const reportFilter = `report:${model.id}`;

export const getParts = async (): Promise<PartData[]> => model.parts;

/** Sections in reading order, each with its part (the model checked that it exists). */
export async function getSections(): Promise<(Section & { part: PartData })[]> {
  const parts = new Map(model.parts.map((part) => [part.id, part]));
  const order = new Map(model.sections.map((section, i) => [section.data.slug, i]));
  const sections = (await getCollection('sections')).sort((a, b) => order.get(a.data.slug)! - order.get(b.data.slug)!);
  return sections.map((section) => Object.assign(section, { part: parts.get(section.data.part)! }));
}

/** Glossary entries in the order of the report's glossary; none for a report without one. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  if (model.glossary.length === 0) return [];
  const order = new Map(model.glossary.map((entry, i) => [entry.id, i]));
  return (await getCollection('glossary')).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
