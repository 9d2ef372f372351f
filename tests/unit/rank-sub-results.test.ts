import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankSubResults } from '../../src/client/search/rank-sub-results.ts';
import type { PagefindResultData } from '../../src/client/search/pagefind-api.ts';

const at = (...scores: number[]) => scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location }));

const page: PagefindResultData = {
  url: '/sections/projects/',
  excerpt: '…',
  meta: { title: '狠抓重大项目建设' },
  sub_results: [
    { title: '狠抓重大项目建设', url: '/sections/projects/', excerpt: 'a', weighted_locations: at(240) },
    { title: '精心谋划储备项目', url: '/sections/projects/#a', excerpt: 'b', weighted_locations: at(240) },
    { title: '主动对接引进项目', url: '/sections/projects/#b', excerpt: 'c', weighted_locations: at(512, 512, 512) },
    { title: '全力保障推进项目', url: '/sections/projects/#c', excerpt: 'd', weighted_locations: at(240) },
  ],
};

test('the heading with the strongest match comes first, ties keep page order', () => {
  assert.deepEqual(
    rankSubResults(page, 3).map((sub) => sub.url),
    ['/sections/projects/#b', '/sections/projects/', '/sections/projects/#a'],
  );
});

test('a page without sub-results stands for itself', () => {
  const single = rankSubResults({ ...page, sub_results: [] }, 3);
  assert.deepEqual(single, [{ title: '狠抓重大项目建设', url: '/sections/projects/', excerpt: '…' }]);
});
