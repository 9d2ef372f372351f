/**
 * Near results: passages that answer most of what the query asks, when no page holds it
 * verbatim. Each unit of the query (understand-query.ts) is looked for in every passage
 * (match-unit.ts) and, verbatim only, in the passage's page title and heading, which say
 * what the passage is about (“十三五”发展成就). A passage's coverage is the share of the
 * query it answers, each unit weighted by its rarity over all passages (IDF: 十三五 tells
 * more than 发展) and by how sure its match is. Below the threshold a passage is not shown,
 * however many single characters it shares with the query: a topic the report does not
 * mention finds nothing. Units standing close together rank a passage higher.
 */
import { normalizeWithPositions, occurrences, type Normalized } from './normalize.ts';
import { matchUnit, type Span } from './match-unit.ts';
import { wordStarts } from './word-starts.ts';
import { sentenceSimilarity } from './sentence-match.ts';
import type { Readings } from './pinyin.ts';
import type { QueryUnit } from './understand-query.ts';
import type { PageRecord, Passage } from './types.ts';

export interface NearPassage {
  page: PageRecord;
  passage: Passage;
  norm: Normalized;
  starts: Uint8Array;
  /** Page title and heading, normalised. */
  context: string;
  /** Reading order, for stable ties. */
  order: number;
}

export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

export interface NearHit {
  page: PageRecord;
  passage: Passage;
  score: number;
  coverage: number;
  excerpt: ExcerptPiece[];
  /** The words of the text that matched, in the original spelling, for marking on arrival. */
  marked: string[];
}

export interface NearOutcome {
  hits: NearHit[];
  /** The query as understood: each unit as the best result spells it (社零 → 社会消费品零售). */
  understood: string[];
  /** Units found in no passage. */
  unmatched: QueryUnit[];
}

/** Share of the query a passage must answer to be shown at all. */
export const COVERAGE_THRESHOLD = 0.6;
/** A title or heading says what a passage is about, but less surely than its own words. */
const CONTEXT_QUALITY = 0.8;
/** Time words narrow the search: they count half. */
const OPTIONAL_WEIGHT = 0.5;
const LIMIT = 10;
/** A second passage of a page is shown when it covers this share of what the first covers. */
const SECOND_PASSAGE = 0.95;

export function prepareNearPassages(pages: PageRecord[]): NearPassage[] {
  let order = 0;
  return pages.flatMap((page) =>
    page.passages.map((passage) => {
      const norm = normalizeWithPositions(passage.text);
      const context = normalizeWithPositions(
        passage.heading && passage.heading !== passage.text ? `${page.title}\n${passage.heading}` : page.title,
      ).text;
      return { page, passage, norm, starts: wordStarts(passage.text, norm), context, order: order++ };
    }),
  );
}

interface Found {
  quality: number;
  /** Empty when the unit was found only in the title or heading. */
  spans: Span[];
}

/** The smallest stretch of text holding one match of every unit found (0 when only one). */
function window(found: Found[]): number {
  const lists = found.filter((f) => f.spans.length > 0);
  if (lists.length < 2) return 0;
  const events = lists
    .flatMap((f, unit) => f.spans.map((span) => ({ unit, ...span })))
    .sort((a, b) => a.start - b.start);
  const last = new Map<number, { start: number; end: number }>();
  let best = Infinity;
  for (const event of events) {
    last.set(event.unit, event);
    if (last.size === lists.length) {
      const spans = [...last.values()];
      best = Math.min(best, Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start)));
    }
  }
  return best;
}

/** Where the excerpt centres: the first span of the most weighty unit that has one. */
function focusOf(spansByUnit: Span[][], weights: number[], fallback: number): number {
  let best = -1;
  let focus = fallback;
  spansByUnit.forEach((spans, u) => {
    const weight = weights[u] ?? 0;
    if (spans.length > 0 && weight > best) {
      best = weight;
      focus = Math.min(...spans.map((span) => span.start));
    }
  });
  return focus;
}

/** The passage around `focus` (a position in `norm`), with every span marked. */
function excerptOf(passage: Passage, norm: Normalized, spans: Span[], focus: number): ExcerptPiece[] {
  const text = passage.text;
  const ranges = spans
    .map((span) => [norm.positions[span.start], norm.positions[span.end - 1] + 1] as const)
    .sort((a, b) => a[0] - b[0]);
  const first = norm.positions[focus] ?? 0;
  const from = Math.max(0, first - 20);
  const to = Math.min(text.length, from + 90);
  const pieces: ExcerptPiece[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (start < at || start >= to) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, Math.min(end, to)), mark: true });
    at = Math.min(end, to);
  }
  if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
  if (from > 0) pieces.unshift({ text: '…', mark: false });
  if (to < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/**
 * `sentences`: the query's long parts as typed (normalised), compared character by
 * character too (sentence-match.ts), for a sentence pasted from memory.
 */
export function nearSearch(
  passages: NearPassage[],
  units: QueryUnit[],
  readings: Readings,
  sentences: string[] = [],
): NearOutcome {
  if (units.length === 0 || units.every((unit) => unit.optional)) return { hits: [], understood: [], unmatched: [] };
  const table: (Found | null)[][] = units.map((unit) =>
    passages.map((p) => {
      const inText = matchUnit(unit, { text: p.norm.text, starts: p.starts }, readings);
      const inContext = unit.forms.some((form) => occurrences(p.context, form.text).length > 0) ? CONTEXT_QUALITY : 0;
      if (inText && inText.quality >= inContext) return inText;
      return inContext ? { quality: inContext, spans: [] } : null;
    }),
  );
  const total = passages.length;
  const weights = units.map((unit, u) => {
    const df = table[u].filter(Boolean).length;
    return Math.log((total + 1) / (df + 0.5)) * (unit.optional ? OPTIONAL_WEIGHT : 1);
  });
  const sumWeights = weights.reduce((a, b) => a + b, 0);

  const scored: (NearHit & { order: number })[] = [];
  passages.forEach((p, i) => {
    const found = units.map((_, u) => table[u][i]);
    const unitCoverage = found.reduce((sum, f, u) => sum + (f ? f.quality * weights[u] : 0), 0) / sumWeights;
    const sentence = sentences
      .map((query) => sentenceSimilarity(query, p.norm.text))
      .sort((a, b) => b.similarity - a.similarity)[0];
    const bySentence = sentence !== undefined && sentence.similarity > unitCoverage;
    const coverage = bySentence ? sentence.similarity : unitCoverage;
    const ownWords = bySentence || found.some((f, u) => f && f.spans.length > 0 && !units[u].optional);
    if (coverage < COVERAGE_THRESHOLD || !ownWords) return;
    // Close together: the matched words (time words aside) fill most of the stretch that holds them.
    const present = found.filter((f, u): f is Found => f !== null && !units[u].optional);
    const span = window(present);
    const length = present.reduce((sum, f) => sum + (f.spans[0] ? f.spans[0].end - f.spans[0].start : 0), 0);
    const proximity = bySentence || span === 0 ? 1 : Math.min(1, length / span);
    const spans = bySentence ? sentence.spans : found.flatMap((f) => f?.spans ?? []);
    // More mentions make a passage more about the query, with quickly diminishing returns.
    const mentions = Math.log2(1 + spans.length) / 100;
    scored.push({
      page: p.page,
      passage: p.passage,
      coverage,
      score: coverage * (0.8 + 0.2 * proximity) + mentions,
      // Centred on the rarest word asked about (社会消费品零售总额, not the 增长 that every
      // paragraph has), never on a time word at the passage's start.
      excerpt: excerptOf(
        p.passage,
        p.norm,
        spans,
        focusOf(
          bySentence ? [spans] : found.map((f, u) => (f && !units[u].optional ? f.spans : [])),
          weights,
          p.norm.text.length,
        ),
      ),
      marked: [
        ...new Set(spans.map((s) => p.passage.text.slice(p.norm.positions[s.start], p.norm.positions[s.end - 1] + 1))),
      ],
      order: p.order,
    });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  // A page's best passage, and a second one only when it answers nearly as well (the
  // five-year target beside the target for the year): more would crowd out other pages.
  const perPage = new Map<string, number>();
  const hits = scored
    .filter((hit) => {
      const shown = perPage.get(hit.page.url) ?? 0;
      const best = scored.find((other) => other.page === hit.page)!;
      if (shown >= 2 || (shown === 1 && hit.coverage < best.coverage * SECOND_PASSAGE)) return false;
      perPage.set(hit.page.url, shown + 1);
      return true;
    })
    .slice(0, LIMIT)
    .map(({ order: _order, ...hit }) => hit);

  const top = hits[0] && passages.find((p) => p.passage === hits[0].passage);
  const understood = units.map((unit, u) => {
    const at = top ? passages.indexOf(top) : -1;
    const match = at >= 0 ? table[u][at] : null;
    if (!top || !match || match.spans.length === 0 || match.quality >= 1) return unit.text;
    const span = match.spans[0];
    return top.passage.text.slice(top.norm.positions[span.start], top.norm.positions[span.end - 1] + 1);
  });
  const unmatched = units.filter((_, u) => table[u].every((f) => f === null));
  return { hits, understood, unmatched };
}
