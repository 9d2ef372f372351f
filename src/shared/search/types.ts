/** The data the search page downloads (written at build time to `dist/search/`). */
import type { ReadingTable } from './pinyin.ts';
import type { AliasTable } from './understand-query.ts';

/** A block of text a result can link to: a paragraph, a heading's text, a glossary definition. */
export interface Passage {
  /** Element id on the page (`p3`, a heading id), or '' for the top of the page. */
  anchor: string;
  /** The heading the passage sits under, '' before the first heading. */
  heading: string;
  text: string;
}

export interface PageRecord {
  url: string;
  title: string;
  kind: 'section' | 'glossary';
  passages: Passage[];
}

export interface GlossaryRecord {
  id: string;
  url: string;
  term: string;
  aliases: string[];
  definition: string;
  /** Toneless pinyin of the term and of each alias, e.g. `liuwen`. */
  pinyin: string[];
  /** Pinyin initials, e.g. `lw`, `lbcsbz`. */
  initials: string[];
}

/** `search/data.json`: what every query reads. */
export interface SearchData {
  pages: PageRecord[];
  glossary: GlossaryRecord[];
  /** The report's own traditional characters → simplified: both forms are searched as one. */
  fold: TraditionalTable;
}

/**
 * `search/reading.json`: what reading a query loosely needs (near results), fetched only
 * when a query has no verbatim hit, so that a query the text holds downloads the text alone.
 */
export interface QueryReading {
  /** The report's year (from its date): 今年 in a query means this year. */
  year: number;
  /** Everyday words → the report's words (<report>/search-aliases.yaml and the shared ones). */
  aliases: AliasTable;
  /** Toneless syllable → the report's characters read that way. */
  readings: ReadingTable;
}

/** Traditional character → simplified character, for the characters the report uses. */
export type TraditionalTable = Record<string, string>;
