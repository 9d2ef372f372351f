/**
 * What the Markdown plugins leave for the pages, per rendered file: Astro hands it to the
 * page as `remarkPluginFrontmatter`. Defined once here; the plugins write it with
 * `setPageData` and the pages read it with `pageDataOf`, both typed.
 */
import type { Clause } from './indicators/clause.ts';

export interface Occurrence {
  /** Glossary entry id. */
  entry: string;
  /** The paragraph's anchor within the section, e.g. `p12`. */
  paragraph: string;
  /** Its number on the page (1 for the first), which the anchor need not be. */
  number: number;
  /** The words as written, and the text around them. */
  text: string;
  before: string;
  after: string;
}

export interface GlossaryPageData {
  /** Entries linked from this page, in order of first link. */
  linked: string[];
  occurrences: Occurrence[];
}

/** Each figure of the section that was linked, by indicator id. */
export type IndicatorPageData = Record<string, { paragraph: string; clause: Clause }>;

export interface PageData {
  glossary: GlossaryPageData;
  indicators: IndicatorPageData;
}

/** The part of a unified file's `data` where Astro looks for frontmatter. */
export interface FileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function setPageData<K extends keyof PageData>(data: FileData, key: K, value: PageData[K]): void {
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}

/** The plugins' data in a page's `remarkPluginFrontmatter`; empty for a file they did not touch. */
export function pageDataOf(frontmatter: Record<string, unknown>): PageData {
  const data = frontmatter as Partial<PageData>;
  return {
    glossary: data.glossary ?? { linked: [], occurrences: [] },
    indicators: data.indicators ?? {},
  };
}
