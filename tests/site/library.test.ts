/**
 * A library of several reports, as `npm run import` and `npm run build` make it
 * (tests/support/library-site.ts): the fixture report, once the only one and served at the
 * root, with two years of the national report. Every address it published at the root keeps
 * answering with its text; each report lives at its own address, links to the government's
 * other years, and the library lists them all, newest first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages, htmlText } from '../support/dist.ts';
import { brokenLinks } from '../support/links.ts';
import { FIXTURE_REPORT_DIR } from '../support/fixture.ts';
import { LIBRARY_DIST, LIBRARY_SITE, libraryPage } from '../support/library-site.ts';
import { DEFAULT_SITE_URL } from '../../src/shared/site-url.ts';

const fixturePublished = parse(await readFile(join(FIXTURE_REPORT_DIR, 'published.yaml'), 'utf8')) as {
  pages: string[];
  sections: { address: string }[];
  glossary: { address: string }[];
};
const fixtureRedirects = (parse(await readFile(join(FIXTURE_REPORT_DIR, 'redirects.yaml'), 'utf8')) ?? []) as {
  from: string;
}[];
/** Every address the fixture report published while it was the site's only report. */
const published = [
  ...fixturePublished.pages,
  ...fixturePublished.sections.map((s) => s.address),
  ...fixturePublished.glossary.map((g) => g.address),
  ...fixtureRedirects.map((r) => r.from),
];

/** The text of the page's <main>. */
const mainText = (html: string) => htmlText(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '');
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"#]+)/g)].map((m) => m[1]);

test('the library home lists every report by government, newest first, each linked to its address', async () => {
  const home = (await libraryPage(''))!;
  const text = mainText(home);
  assert.ok(text.indexOf('七里河区人民政府') < text.indexOf('国务院'), 'the government of the newest report first');
  assert.match(text, /2021年国务院政府工作报告/);
  const hrefs = links(home);
  for (const address of ['/qilihequ/2021/', '/guowuyuan/2021/', '/guowuyuan/2014/']) {
    assert.ok(hrefs.includes(address), `the home links to ${address}: ${hrefs.join(' ')}`);
    assert.ok(await libraryPage(address.slice(1)), `a report answers at ${address}`);
  }
  assert.ok(hrefs.indexOf('/guowuyuan/2021/') < hrefs.indexOf('/guowuyuan/2014/'), 'years newest first');
  assert.match(home, /<html lang="zh-CN"/);
});

test('every address the report published at the root answers there with the same text, pointing to its address now', async () => {
  assert.ok(published.length > 30, `the fixture published its pages: ${published.length}`);
  // The root and search/ are the library's now: its home lists the report first, its search
  // finds in it (tests/e2e/library.test.ts).
  for (const address of published.filter((a) => a !== '' && a !== 'search/')) {
    const old = await libraryPage(address);
    const now = await libraryPage(`qilihequ/2021/${address}`);
    assert.ok(old, `/${address} answers`);
    assert.ok(now, `/qilihequ/2021/${address} answers`);
    assert.equal(mainText(old), mainText(now), `/${address} reads as the report's page`);
    assert.ok(old.includes('<meta name="robots" content="noindex">'), `/${address} is left out of search engines`);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(old)?.[1];
    if (canonical) assert.ok(canonical.startsWith(`${DEFAULT_SITE_URL}/qilihequ/2021/`), `/${address}: ${canonical}`);
  }
  assert.ok(links((await libraryPage(''))!).includes('/qilihequ/2021/'));
  const search = (await libraryPage('search/'))!;
  assert.match(search, /<h1>搜索全部报告<\/h1>/);
  assert.match(search, /<option value="qilihequ\/2021">2021年 七里河区2021年政府工作报告<\/option>/);
});

test("a report's home links to its government's other years; a report alone in its government names none", async () => {
  const national2021 = (await libraryPage('guowuyuan/2021/'))!;
  const national2014 = (await libraryPage('guowuyuan/2014/'))!;
  assert.ok(links(national2021).includes('/guowuyuan/2014/'));
  assert.ok(links(national2014).includes('/guowuyuan/2021/'));
  assert.match(national2021, /aria-current="page">2021年/);
  const qilihe = (await libraryPage('qilihequ/2021/'))!;
  assert.doesNotMatch(qilihe, /历年报告/);
  for (const page of [national2021, qilihe]) assert.ok(links(page).includes('/'), 'the header leads to the library');
});

test("a government's address leads to its latest report, keeping the fragment", async () => {
  const page = (await libraryPage('guowuyuan/'))!;
  assert.match(page, /<meta http-equiv="refresh" content="0; url=\/guowuyuan\/2021\/">/);
  assert.match(page, /location\.replace\("\/guowuyuan\/2021\/"\+location\.hash\)/);
  assert.match(page, /<meta name="robots" content="noindex">/);
  const sitemap = await readFile(join(LIBRARY_DIST, 'sitemap-0.xml'), 'utf8');
  assert.doesNotMatch(sitemap, /\/guowuyuan\/<\/loc>/, 'not listed as a page of its own');
});

test('the feed lists every report; robots.txt names every sitemap', async () => {
  const feed = await readFile(join(LIBRARY_DIST, 'feed.xml'), 'utf8');
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  assert.deepEqual(entries, [
    `${DEFAULT_SITE_URL}/qilihequ/2021/`,
    `${DEFAULT_SITE_URL}/guowuyuan/2021/`,
    `${DEFAULT_SITE_URL}/guowuyuan/2014/`,
  ]);
  const robots = await readFile(join(LIBRARY_DIST, 'robots.txt'), 'utf8');
  for (const path of ['', 'qilihequ/2021/', 'guowuyuan/2014/'])
    assert.ok(robots.includes(`Sitemap: ${DEFAULT_SITE_URL}/${path}sitemap-index.xml`), robots);
});

test('the library records where each report was served; the one first served at the root keeps that place', async () => {
  const record = parse(await readFile(join(LIBRARY_SITE, 'content/library.yaml'), 'utf8')) as {
    published: Record<string, string[]>;
  };
  assert.deepEqual(record.published, {
    'guowuyuan/2014': ['guowuyuan/2014/'],
    'guowuyuan/2021': ['guowuyuan/2021/'],
    'qilihequ/2021': ['', 'qilihequ/2021/'],
  });
  const output = await readFile(join(LIBRARY_SITE, 'output.log'), 'utf8');
  assert.match(output, /The library holds 3 reports: guowuyuan\/2014, guowuyuan\/2021, qilihequ\/2021\./);
  assert.match(output, /qilihequ\/2021: \d+ addresses published at \/ answer with its pages there\./);
});

test('the library read whole: every link of every page lands on a page of the build and an existing id, and every page is in Chinese', async () => {
  const pages = await builtPages(LIBRARY_DIST, { redirects: true });
  assert.ok(pages.length > 100, `${pages.length} pages`);
  const { broken, checked } = brokenLinks(pages, LIBRARY_DIST);
  assert.deepEqual(broken, []);
  assert.ok(checked > 3000, `${checked} links`);
  assert.deepEqual(
    pages.filter(({ html }) => !/<html lang="zh-CN"/.test(html)).map(({ path }) => path),
    [],
  );
});
