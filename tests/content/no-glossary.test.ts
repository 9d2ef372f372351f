/**
 * A report without a glossary and without figures still builds a whole site: no glossary
 * or 主要指标 pages, no links to them, no empty headings where they would be, no term
 * popover code, and nothing in the sitemap or the search data that points at them. The
 * `bare` variant of the report (tests/support/variant-sites.ts): content/reports/qilihequ/2021/glossary/ and
 * content/reports/qilihequ/2021/indicators.yaml gone, report.json as imported from the text alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { variantSite } from '../support/variant-sites.ts';

/** The text of an HTML fragment, tags dropped. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').trim();

test('without a glossary and figures: no pages, links or empty headings for them', async () => {
  const { dist } = await variantSite('bare');
  assert.equal(existsSync(join(dist, 'glossary')), false, 'no glossary pages');
  assert.equal(existsSync(join(dist, 'indicators')), false, 'no 主要指标 page');

  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  assert.ok(files.includes('index.html') && files.includes('full/index.html') && files.some((file) => file.startsWith('sections/')), files.join(', '));
  for (const file of files) {
    const html = await readFile(join(dist, file), 'utf8');
    assert.doesNotMatch(html, /href="[^"]*\/(glossary|indicators)\/[^"]*"/, `${file} links to a glossary or 主要指标 page`);
    for (const [heading, level, inner] of html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)) {
      assert.notEqual(textOf(inner), '', `${file}: empty heading ${heading} (h${level})`);
    }
    // (The search page's list of results is filled in by its script.)
    assert.doesNotMatch(html, /<(dl|ol|ul)\b(?![^>]*data-search-results)[^>]*>\s*<\/\1>/, `${file}: an empty list`);
    assert.doesNotMatch(html, /term-popover|data-glossary-definitions/, `${file}: term popover code or definitions`);
  }
  const home = await readFile(join(dist, 'index.html'), 'utf8');
  assert.doesNotMatch(home, /有关词语解释|主要指标/);
  // The introduction made of the title and the number of sections.
  assert.match(home, /<p>这是[^<]*政府工作报告的全文。全文按报告自身的结构分为\d+节，每节一页，可逐节阅读，也可全文搜索。<\/p>/);
  const full = await readFile(join(dist, 'full/index.html'), 'utf8');
  assert.doesNotMatch(full, /有关词语解释|id="glossary"/);
  const search = await readFile(join(dist, 'search/index.html'), 'utf8');
  assert.doesNotMatch(search, /有关词语解释/, 'the search page does not offer a glossary there is not');
  // The search examples come from the text: what it quotes most, and a number.
  const examples = /data-search-examples="([^"]+)"/.exec(search)?.[1].split('、') ?? [];
  assert.ok(examples.length >= 3 && examples.length <= 5, examples.join('、'));
  assert.ok(examples.some((example) => /^[\d.]+$/.test(example)), examples.join('、'));

  const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
  assert.doesNotMatch(sitemap, /\/(glossary|indicators)\//);
  const data = JSON.parse(await readFile(join(dist, 'search/data.json'), 'utf8')) as { pages: { url: string }[]; glossary: unknown[] };
  assert.deepEqual(data.glossary, []);
  assert.ok(data.pages.every((page) => !/\/(glossary|indicators)\//.test(page.url)));
});
