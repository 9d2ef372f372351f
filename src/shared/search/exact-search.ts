/**
 * Exact search over the report's text: a page matches when every part of the query occurs
 * in it verbatim (after normalisation). This is what Pagefind cannot promise for Chinese,
 * whose index and query are cut into words by two different segmenters.
 */
import { normalizeWithPositions, occurrences, type Normalized } from './normalize.ts';
import type { QueryPart } from './query.ts';
import type { PageRecord, Passage } from './types.ts';

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

export interface ExactHit {
  page: PageRecord;
  /** The passage to link to: the one holding the most parts of the query. */
  passage: Passage;
  excerpt: Excerpt;
  /** Occurrences of all parts on the page. */
  count: number;
  score: number;
}

interface IndexedPassage {
  passage: Passage;
  norm: Normalized;
}

export interface PreparedPage {
  page: PageRecord;
  passages: IndexedPassage[];
  title: string;
  /** Reading order of the page in the data file, for stable ties. */
  order: number;
}

/** Normalises every passage once; searches then only scan. */
export function preparePages(pages: PageRecord[]): PreparedPage[] {
  return pages.map((page, order) => ({
    page,
    order,
    title: normalizeWithPositions(page.title).text,
    // The title counts as text at the top of the page: a glossary entry's term is its title.
    passages: [{ anchor: '', heading: '', text: page.title }, ...page.passages].map((passage) => ({
      passage,
      norm: normalizeWithPositions(passage.text),
    })),
  }));
}

const CONTEXT = 24;

/** The words around a match, cut at the passage's edges, in the original spelling. */
export function excerptAround(text: string, norm: Normalized, start: number, length: number): Excerpt {
  const from = norm.positions[start];
  const to = norm.positions[start + length - 1] + 1;
  const before = text.slice(Math.max(0, from - CONTEXT), from);
  const after = text.slice(to, to + CONTEXT);
  return {
    before: (from > CONTEXT ? '…' : '') + before,
    match: text.slice(from, to),
    after: after + (to + CONTEXT < text.length ? '…' : ''),
  };
}

export function exactSearch(pages: PreparedPage[], parts: QueryPart[]): ExactHit[] {
  if (parts.length === 0) return [];
  const hits: (ExactHit & { order: number })[] = [];
  for (const prepared of pages) {
    const perPart = parts.map((part) => prepared.passages.map(({ norm }) => occurrences(norm.text, part.text).length));
    const totals = perPart.map((counts) => counts.reduce((a, b) => a + b, 0));
    if (totals.some((total) => total === 0)) continue;

    // The best passage holds the most distinct parts, then the most occurrences, a part
    // rare on the page counting more than a common one (so that 森林覆盖率 十三五 links to
    // the paragraph on 森林覆盖率, not to a heading that names 十三五). The title (passage
    // 0) is the link target only when no passage of the text does as well.
    let best = 0;
    let bestKey = -1;
    let bestDistinct = 0;
    prepared.passages.forEach((_, i) => {
      const distinct = perPart.filter((counts) => counts[i] > 0).length;
      const many = perPart.reduce((sum, counts, p) => sum + counts[i] / totals[p], 0);
      const key = distinct * 1000 + many - (i === 0 ? 0.001 : 0);
      if (key > bestKey) {
        bestKey = key;
        best = i;
        bestDistinct = distinct;
      }
    });
    const { passage, norm } = prepared.passages[best];
    const first = parts.find((_, p) => perPart[p][best] > 0)!;
    const excerpt = excerptAround(passage.text, norm, norm.text.indexOf(first.text), first.text.length);

    const count = totals.reduce((a, b) => a + b, 0);
    const inTitle = parts.filter((part) => prepared.title.includes(part.text)).length;
    const together = bestDistinct === parts.length ? 1 : 0;
    // Frequency counts, with diminishing returns; a title that names the query and a
    // passage that holds the whole query weigh more.
    const score = Math.log2(1 + count) + 3 * inTitle + 2 * together;
    hits.push({ page: prepared.page, passage, excerpt, count, score, order: prepared.order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ order: _order, ...hit }) => hit);
}
