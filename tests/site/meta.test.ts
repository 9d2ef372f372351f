/**
 * What search engines and link previews read: every page's description and Open Graph
 * tags, its canonical URL, the sitemap and robots.txt, for the build at the root (dist/)
 * and the build for a sub-path (dist-report/, base /report/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages, CONTENT, DIST, htmlText, SUBPATH } from '../support/dist.ts';
import { DEFAULT_SITE_URL } from '../../src/shared/site-url.ts';

const SITE = process.env.SITE_URL ?? DEFAULT_SITE_URL;
/** The site's name is the report's title. */
const SITE_NAME: string = JSON.parse(readFileSync(join(CONTENT, 'report.json'), 'utf8'))[0].title;
const builds = [
  { name: 'root', dir: DIST, base: '/' },
  { name: 'sub-path', ...SUBPATH },
];

/** The content of `<meta name|property="key">`, entities decoded; undefined if absent. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html);
  return tag ? htmlText(tag[1]) : undefined;
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
/** `sections/goals/index.html` → `sections/goals/`. */
const urlPath = (path: string) => path.replace(/index\.html$/, '');
const isArticle = (path: string) => /^(sections\/[^/]+|glossary\/[^/]+|full)\/index\.html$/.test(path);

for (const { name, dir, base } of builds) {
  const pages = await builtPages(dir);
  const indexable = pages.filter(({ path }) => path !== '404.html');

  test(`${name} build: every page has a short description and Open Graph tags`, () => {
    const descriptions = new Map<string, string>();
    for (const { path, html } of pages) {
      const description = meta(html, 'description');
      assert.ok(
        description && description.length >= 10 && description.length <= 120,
        `${path}: description "${description}"`,
      );
      assert.ok(!descriptions.has(description), `${path} and ${descriptions.get(description)} share a description`);
      descriptions.set(description, path);
      const title = htmlText(/<title>([^<]*)<\/title>/.exec(html)![1]);
      assert.ok(
        title === meta(html, 'og:title') || title === `${meta(html, 'og:title')} · ${SITE_NAME}`,
        `${path}: og:title`,
      );
      assert.equal(meta(html, 'og:description'), description, `${path}: og:description`);
      assert.equal(meta(html, 'og:type'), isArticle(path) ? 'article' : 'website', `${path}: og:type`);
      assert.equal(meta(html, 'og:site_name'), SITE_NAME, path);
      assert.equal(meta(html, 'og:locale'), 'zh_CN', path);
    }
  });

  test(`${name} build: canonical and og:url are the page's own absolute URL`, () => {
    for (const { path, html } of indexable) {
      const url = new URL(`${base}${urlPath(path)}`, SITE).href;
      assert.equal(canonicalOf(html), url, `${path}: canonical`);
      assert.equal(meta(html, 'og:url'), url, `${path}: og:url`);
    }
    // The 404 page answers at any unknown address: it has no URL of its own.
    const notFound = pages.find(({ path }) => path === '404.html')!.html;
    assert.equal(canonicalOf(notFound), undefined);
    assert.equal(meta(notFound, 'og:url'), undefined);
    assert.equal(meta(notFound, 'robots'), 'noindex');
  });

  test(`${name} build: the sitemap lists exactly the pages, 404 left out, and robots.txt names it`, async () => {
    const read = (file: string) => readFile(join(dir, file), 'utf8');
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const index = new URL(`${base}sitemap-index.xml`, SITE).href;
    const sitemaps = locs(await read('sitemap-index.xml'));
    assert.ok(sitemaps.length > 0);
    const listed: string[] = [];
    for (const sitemap of sitemaps) {
      assert.ok(sitemap.startsWith(new URL(base, SITE).href), sitemap);
      listed.push(...locs(await read(sitemap.slice(new URL(base, SITE).href.length))));
    }
    const expected = indexable.map(({ path }) => new URL(`${base}${urlPath(path)}`, SITE).href);
    assert.deepEqual(listed.toSorted(), expected.toSorted());
    assert.match(await read('robots.txt'), new RegExp(`^Sitemap: ${index.replace(/[.]/g, '\\.')}$`, 'm'));
  });
}

const pages = await builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!.html;

test('a section is described by its first sentence, an entry by the start of its definition', () => {
  const sections = pages.filter(({ path }) => path.startsWith('sections/'));
  assert.equal(sections.length, 12);
  for (const { path, html } of sections) {
    const description = meta(html, 'description')!;
    const first = htmlText(/<p id="p1">([\s\S]*?)<\/p>/.exec(html)![1]);
    const start = description.replace(/……$/, '');
    assert.ok(first.startsWith(start), `${path}: "${description}" does not begin the first paragraph`);
    assert.ok(description.endsWith('。') || description.endsWith('……'), `${path}: "${description}" stops mid-sentence`);
  }
  // A long first sentence is cut after a whole clause.
  assert.equal(
    meta(page('sections/overview/index.html'), 'description'),
    '7433名贫困人口全部脱贫，兰州万达城、环球港等一批城市地标性项目落地开工、城市生态越来越好、颜值越来越高……过去五年，七里河区委区政府带领全区人民，紧紧围绕“六大板块”空间布局和“八区建设”战略目标，保持定力、坚定信心、拼搏进取……',
  );
  assert.equal(
    meta(page('glossary/liuwen/index.html'), 'description'),
    '六稳：指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。',
  );
  assert.ok(
    meta(page('glossary/12355/index.html'), 'description')!.startsWith('12355：指聚焦一个中心（即现代化中心城区），'),
  );
});
