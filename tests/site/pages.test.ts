/** Properties every built page must have. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages, CONTENT, htmlText } from '../support/dist.ts';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { OUTLINE_FILE, parseOutline } from '../../src/importer/outline.ts';
import { HAN } from '../../src/shared/han.ts';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

/** The elements of a tree named `tag`, in document order. */
function elements(node: Root | Element, tag: string): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? [...(child.tagName === tag ? [child] : []), ...elements(child, tag)] : [],
  );
}
/** The element children of `node` named `tag`. */
const children = (node: Element, tag: string) =>
  node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tag);

const pages = await builtPages();
// Read as the importer reads it: with the report's outline, where there is one.
const outlineText = await readFile(join(CONTENT, OUTLINE_FILE), 'utf8').catch(() => null);
const manuscript = parseManuscript(
  await readFile(join(CONTENT, 'manuscript/report.txt'), 'utf8'),
  outlineText === null ? {} : parseOutline(outlineText),
);

test('the site has the home page, 12 sections, the glossary with 20 entries, search and 404', () => {
  const paths = new Set(pages.map((page) => page.path));
  for (const path of ['index.html', '404.html', 'search/index.html', 'glossary/index.html'])
    assert.ok(paths.has(path), path);
  assert.equal(pages.filter((page) => page.path.startsWith('sections/')).length, 12);
  const entryPages = pages.filter((page) => /^glossary\/[^/]+\/index\.html$/.test(page.path));
  assert.equal(entryPages.length, 20);
  const terms = entryPages.map((page) => htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)![1]));
  assert.deepEqual(terms.sort(), manuscript.glossary.map((entry) => entry.term).sort());
});

test('every page is declared Chinese and has exactly one h1', () => {
  for (const { path, html } of pages) {
    assert.match(html, /<html lang="zh-CN"/, path);
    assert.equal((html.match(/<h1[\s>]/g) ?? []).length, 1, `${path}: h1 count`);
  }
});

test('every page has one main landmark, and a banner and a contentinfo directly in its body', () => {
  for (const { path, html } of pages) {
    const tree = fromHtml(html);
    const [body] = elements(tree, 'body');
    assert.equal(elements(tree, 'main').length, 1, `${path}: main landmarks`);
    assert.equal(children(body, 'header').length, 1, `${path}: banners`);
    assert.equal(children(body, 'footer').length, 1, `${path}: contentinfos`);
  }
});

test('no literal Markdown emphasis reaches a page; lead sentences are <strong>', () => {
  for (const { path, html } of pages) assert.ok(!html.includes('**'), `${path} contains **`);
  const achievements = pages.find((page) => page.path === 'sections/achievements/index.html')!.html;
  assert.ok(achievements.includes('<strong>综合实力在应对挑战中跨上新台阶。</strong>面对'));
  assert.equal((achievements.match(/<strong>/g) ?? []).length, 9);
});

test('Chinese text uses full-width punctuation and no SmartyPants rewrites', () => {
  for (const { path, html } of pages) {
    // Citations are left out: GB/T 7714 separates their elements with ASCII marks (src/shared/citation.ts).
    const main = (/<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '').replace(
      /<details class="cite"[\s\S]*?<\/details>/g,
      '',
    );
    const text = htmlText(main);
    const ascii = text.match(new RegExp(`[${HAN}][,;:()]|[,;:()][${HAN}]`, 'gu'));
    assert.equal(ascii, null, `${path}: ASCII punctuation in Chinese text: ${ascii?.join(' ')}`);
    assert.ok(!text.includes('......'), `${path}: six-dot ellipsis`);
    assert.ok(!/[‘’]|&#8220;|&ldquo;/.test(text), `${path}: typographic quotes inserted`);
  }
  const overview = pages.find((page) => page.path === 'sections/overview/index.html')!.html;
  assert.ok(overview.includes('颜值越来越高……过去五年'));
  const reform = pages.find((page) => page.path === 'sections/reform/index.html')!.html;
  assert.ok(reform.includes('“多地跑、折返跑”问题'));
});

test('the sub-areas of each 2021 work area are headings with ids, listed in the page contents', () => {
  for (const slug of ['projects', 'industry', 'rural', 'urban', 'welfare', 'reform']) {
    const html = pages.find((page) => page.path === `sections/${slug}/index.html`)!.html;
    const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)]
      .map((match) => decodeURIComponent(match[1]))
      .filter((id) => !id.includes('-title'));
    assert.ok(ids.length >= 3, `${slug}: ${ids.length} headings`);
    for (const id of ids) assert.ok(html.includes(`href="#${id}"`), `${slug}: contents lacks #${id}`);
  }
});

test('only the report text is indexed for search, never the navigation', () => {
  for (const { path, html } of pages) {
    const indexed = html.includes('data-pagefind-body');
    const shouldBe = /^(sections\/[^/]+|glossary\/[^/]+)\/index\.html$/.test(path);
    assert.equal(indexed, shouldBe, `${path}: data-pagefind-body`);
    if (indexed) assert.ok(!/<nav class="section-nav"[^>]*>[\s\S]*data-pagefind-body/.test(html), path);
  }
});

test('no page refers to another host', () => {
  for (const { path, html } of pages) {
    // The canonical link is the page's own public address, never fetched.
    const external = [
      ...html.replace(/<link rel="canonical"[^>]*>/, '').matchAll(/\b(?:src|href|action)="((?:https?:)?\/\/[^"]*)"/g),
    ].map((match) => match[1]);
    assert.deepEqual(external, [], `${path} refers to ${external.join(', ')}`);
  }
});
