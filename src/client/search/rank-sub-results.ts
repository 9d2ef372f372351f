import type { PagefindResultData, PagefindSubResult } from './pagefind-api.ts';

/** How much of the match a part of a page holds: the sum of Pagefind's scores for its hits. */
export function subResultScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/**
 * The parts of a page (the text under each heading) best first, so that a result links
 * to the heading where the query matched most, not to the first heading with any hit.
 * Pagefind lists them in page order; ties keep that order. A page without sub-results
 * stands for itself.
 */
export function rankSubResults(data: PagefindResultData, limit: number): PagefindSubResult[] {
  if (data.sub_results.length === 0) return [{ title: data.meta.title ?? '', url: data.url, excerpt: data.excerpt }];
  return data.sub_results
    .map((sub, index) => ({ sub, index, score: subResultScore(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ sub }) => sub);
}
