/**
 * The search, as the reader means it:
 * 1. the query is split into parts; quoted parts must match exactly;
 * 2. traditional characters the report does not use are converted to simplified (the
 *    table is fetched only then), Latin letters are tried as the pinyin of a glossary term;
 * 3. pages that contain every part verbatim are the results, best first, each linking to
 *    the paragraph or heading that holds the query;
 * 4. a query that is a glossary term gets the entry as its answer, first;
 * 5. only when nothing matches verbatim (and the query is not quoted, and some part of
 *    it does occur) are Pagefind's word-based results shown, as related results; parts
 *    found nowhere are named.
 * Loading is injected, so that the logic runs in unit tests without a browser.
 */
import { exactSearch, preparePages, type ExactHit, type PreparedPage } from './exact-search.ts';
import { glossaryEntriesByPinyin, glossaryEntryFor } from './glossary-answer.ts';
import { isQuotedQuery, parseQuery, type QueryPart } from './query.ts';
import { hasForeignHan, toSimplified } from './traditional.ts';
import type { GlossaryRecord, SearchData, TraditionalTable } from './types.ts';

export interface RelatedHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: text with <mark> around matched words. */
  excerpt: string;
}

export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  /** The query searched, after conversion. */
  searched: string;
  conversion?: 'traditional' | 'pinyin';
  parts: QueryPart[];
  /** The glossary entry the query names, shown first. */
  answer?: GlossaryRecord;
  /** Other entries whose pinyin the query spells. */
  pinyinEntries: GlossaryRecord[];
  exact: ExactHit[];
  related: RelatedHit[];
  /** Parts that occur nowhere in the report. */
  missing: QueryPart[];
}

export interface Loaders {
  data(): Promise<SearchData>;
  traditional(): Promise<TraditionalTable>;
  /** Pagefind's results for a query; may reject when the index is unavailable. */
  related(query: string): Promise<RelatedHit[]>;
}

export interface Engine {
  search(query: string): Promise<SearchOutcome>;
}

export function createEngine(loaders: Loaders): Engine {
  let prepared: Promise<{ data: SearchData; pages: PreparedPage[]; chars: Set<string>; corpus: string }> | undefined;
  const ready = () => {
    prepared ??= loaders.data().then((data) => {
      const pages = preparePages(data.pages);
      const corpus = pages.flatMap((page) => page.passages.map((p) => p.norm.text)).join('\n');
      return { data, pages, chars: new Set(corpus), corpus };
    });
    // A failed download is tried again on the next search.
    prepared.catch(() => (prepared = undefined));
    return prepared;
  };

  return {
    async search(query) {
      const { data, pages, chars, corpus } = await ready();
      let searched = query;
      let conversion: SearchOutcome['conversion'];

      if (hasForeignHan(query, chars)) {
        const simplified = toSimplified(query, await loaders.traditional());
        if (simplified !== query) {
          searched = simplified;
          conversion = 'traditional';
        }
      }

      let parts = parseQuery(searched);
      let exact = exactSearch(pages, parts);
      let pinyinEntries: GlossaryRecord[] = [];
      if (exact.length === 0) {
        pinyinEntries = glossaryEntriesByPinyin(searched, data.glossary);
        if (pinyinEntries.length > 0) {
          searched = pinyinEntries[0].term;
          conversion = 'pinyin';
          parts = parseQuery(searched);
          exact = exactSearch(pages, parts);
        }
      }

      const answer = glossaryEntryFor(searched, data.glossary);
      if (answer) exact = exact.filter((hit) => hit.page.url !== answer.url);
      const missing = parts.filter((part) => !corpus.includes(part.text));

      // Related results only help when some of the query occurs in the report at all.
      let related: RelatedHit[] = [];
      if (exact.length === 0 && !answer && missing.length < parts.length && !isQuotedQuery(parts)) {
        const present = parts.filter((part) => !missing.includes(part)).map((part) => part.raw);
        related = await loaders.related(present.join(' ')).catch(() => []);
      }
      return { query, searched, conversion, parts, answer, pinyinEntries: pinyinEntries.slice(1), exact, related, missing };
    },
  };
}
