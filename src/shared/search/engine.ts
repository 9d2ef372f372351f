/**
 * The search, as the reader means it:
 * 1. the query is split into parts; quoted parts must match exactly;
 * 2. traditional characters the report does not use are converted to simplified (the
 *    table is fetched only then), Latin letters are tried as the pinyin of a glossary term;
 * 3. pages that contain every part verbatim are the results, best first, each linking to
 *    the paragraph or heading that holds the query;
 * 4. a query that is a glossary term gets the entry as its answer, first;
 * 5. only when nothing matches verbatim (and the query is not quoted) is the query read
 *    the way people type (understand-query.ts: questions, time words, abbreviations,
 *    aliases, homophone slips, pinyin) and near results shown: passages that answer
 *    enough of it (near-search.ts). Pagefind's word-based ranking is asked only to order
 *    near results among themselves; it never adds a page. Parts found nowhere are named.
 * Loading is injected, so that the logic runs in unit tests without a browser.
 */
import { exactSearch, preparePages, type ExactHit, type PreparedPage } from './exact-search.ts';
import { glossaryEntriesByPinyin, glossaryEntryFor, meaningAsked, termAsked } from './glossary-answer.ts';
import { isQuotedQuery, parseQuery, type QueryPart } from './query.ts';
import { hasForeignHan, toSimplified } from './traditional.ts';
import { normalize, setFold } from './normalize.ts';
import { nearSearch, prepareNearPassages, type NearHit, type NearPassage } from './near-search.ts';
import { readingsFrom, type ReadingTable, type Readings } from './pinyin.ts';
import { understandQuery } from './understand-query.ts';
import { approximateFigures, writtenNumbers } from './written-numbers.ts';
import { matchUnit, QUALITY } from './match-unit.ts';
import { SENTENCE_LENGTH } from './sentence-match.ts';
import type { GlossaryRecord, QueryReading, SearchData, TraditionalTable } from './types.ts';

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
  conversion?: 'traditional' | 'pinyin' | 'numbers' | 'term';
  parts: QueryPart[];
  /** The glossary entry the query names, shown first. */
  answer?: GlossaryRecord;
  /** Other entries whose pinyin the query spells. */
  pinyinEntries: GlossaryRecord[];
  exact: ExactHit[];
  /** Passages that answer most of the query, when none holds it verbatim. */
  near: NearHit[];
  /** How the query was read for near results (社零 → 社会消费品零售); empty when not needed. */
  understood: string[];
  /** Parts (or, for near results, words) that occur nowhere in the report. */
  missing: QueryPart[];
}

export interface Loaders {
  data(): Promise<SearchData>;
  /** How to read a query loosely: the year, the alias table, the readings (near results only). */
  reading(): Promise<QueryReading>;
  traditional(): Promise<TraditionalTable>;
  /** Readings of common characters the report does not use, for homophone slips. */
  commonReadings(): Promise<ReadingTable>;
  /** Pagefind's results for a query; may reject when the index is unavailable. */
  related(query: string): Promise<RelatedHit[]>;
}

/** How much Pagefind's agreement lifts a near result: enough to order near-ties. */
const RELATED_BONUS = 0.05;

export interface Engine {
  search(query: string): Promise<SearchOutcome>;
}

export function createEngine(loaders: Loaders): Engine {
  let prepared:
    Promise<{ data: SearchData; pages: PreparedPage[]; chars: Set<string>; corpus: string; texts: string }> | undefined;
  const ready = () => {
    prepared ??= loaders.data().then((data) => {
      setFold(data.fold ?? {});
      const pages = preparePages(data.pages);
      const corpus = pages.flatMap((page) => page.passages.map((p) => p.norm.text)).join('\n');
      // The text as written, figures and all (9.84万人), for approximate amounts.
      const texts = data.pages.flatMap((page) => page.passages.map((p) => p.text)).join('\n');
      return { data, pages, chars: new Set(corpus), corpus, texts };
    });
    // A failed download is tried again on the next search.
    prepared.catch(() => (prepared = undefined));
    return prepared;
  };
  // Word boundaries and readings are worked out on the first query that needs them.
  let passages: NearPassage[] | undefined;
  let queryReading: Promise<QueryReading> | undefined;
  // Fetched once; a failed download is tried again on the next query that needs it.
  const loadQueryReading = () => {
    queryReading ??= loaders.reading();
    queryReading.catch(() => (queryReading = undefined));
    return queryReading;
  };
  let readings: Readings | undefined;
  let common: Promise<Readings> | undefined;
  const readingsFor = async (query: string, table: ReadingTable, chars: Set<string>): Promise<Readings> => {
    readings ??= readingsFrom(table);
    if (!hasForeignHan(query, chars)) return readings;
    common ??= loaders.commonReadings().then((more) => (readings = readingsFrom(table, more)));
    // Without the common table, a slip on a character the report lacks is simply not recognised.
    return common.catch(() => {
      common = undefined;
      return readings!;
    });
  };

  /** Near results Pagefind also ranks come first among equals; Pagefind adds no page. */
  const rerank = async (near: NearHit[], query: string): Promise<NearHit[]> => {
    const related = await loaders.related(query).catch(() => [] as RelatedHit[]);
    const agreed = new Set(related.map((hit) => hit.url.split('#')[0]));
    return near
      .map((hit, order) => ({ hit, order, score: hit.score + (agreed.has(hit.page.url) ? RELATED_BONUS : 0) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ hit }) => hit);
  };

  return {
    async search(query) {
      const { data, pages, chars, corpus, texts } = await ready();
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
      // Numbers typed in words (五十部电梯) are searched as the report writes them (50部).
      if (exact.length === 0 && !isQuotedQuery(parts)) {
        const figures = writtenNumbers(searched, (text) => corpus.includes(normalize(text)));
        if (figures !== searched) {
          searched = figures;
          conversion = 'numbers';
          parts = parseQuery(searched);
          exact = exactSearch(pages, parts);
        }
        // An approximate amount (三千多户) is the report's figures in its range (3229户): each
        // one searched, the first found shown as how the query was read.
        const approximations = approximateFigures(searched, texts);
        if (approximations.length > 0) {
          const found = approximations.map((text) => ({ text, hits: exactSearch(pages, parseQuery(text)) }));
          searched = (found.find((f) => f.hits.length > 0) ?? found[0]).text;
          conversion = 'numbers';
          parts = parseQuery(searched);
          exact = found.flatMap((f) => f.hits);
        }
      }
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

      // A question about a term (四风指什么) is answered as the term is: its entry, then its
      // places; a report without that entry answers with the places its words are used.
      if (exact.length === 0 && !isQuotedQuery(parts)) {
        const words = meaningAsked(searched);
        const term = termAsked(searched, data.glossary)?.term ?? (words && corpus.includes(words) ? words : undefined);
        if (term) {
          searched = term;
          conversion = 'term';
          parts = parseQuery(searched);
          exact = exactSearch(pages, parts);
        }
      }
      const answer = glossaryEntryFor(searched, data.glossary);
      let missing = parts.filter((part) => !corpus.includes(part.text));

      let near: NearHit[] = [];
      let understood: string[] = [];
      if (exact.length === 0 && !isQuotedQuery(parts)) {
        passages ??= prepareNearPassages(data.pages);
        const all = passages;
        const reading = await loadQueryReading();
        const sounds = await readingsFor(searched, reading.readings, chars);
        const occurs = (text: string) => {
          const unit = { text, forms: [{ text, weight: 1 }], optional: false, latin: false, strict: false, pieces: [] };
          return (
            corpus.includes(text) ||
            all.some(
              (p) => matchUnit(unit, { text: p.norm.text, starts: p.starts }, sounds)?.quality === QUALITY.homophone,
            )
          );
        };
        const units = understandQuery(searched, { year: reading.year, aliases: reading.aliases, occurs });
        const sentences = parts
          .filter((part) => !part.quoted && part.text.length >= SENTENCE_LENGTH)
          .map((part) => part.text);
        const outcome = nearSearch(passages, units, sounds, sentences);
        near = outcome.hits;
        if (near.length > 0) {
          understood = outcome.understood;
          missing = outcome.unmatched.map((unit) => ({ raw: unit.text, text: unit.text, quoted: unit.strict }));
        }
        if (near.length > 1) near = await rerank(near, understood.join(' '));
      }
      if (answer) exact = exact.filter((hit) => hit.page.url !== answer.url);
      return {
        query,
        searched,
        conversion,
        parts,
        answer,
        pinyinEntries: pinyinEntries.slice(1),
        exact,
        near,
        understood,
        missing,
      };
    },
  };
}
