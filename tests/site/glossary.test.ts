/** The glossary in the built site: every use linked, every occurrence listed on the entry page. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { builtPages, CONTENT, htmlText } from '../support/dist.ts';
import { FIXTURE } from '../support/fixture.ts';
import { loadReport } from '../../src/node/content/load-report.ts';
import { createMatcher } from '../../src/shared/glossary-matcher.ts';

const pages = await builtPages();
const terms = loadReport(FIXTURE).glossary;
const match = createMatcher(terms.map((t) => ({ id: t.id, forms: [t.term, ...t.aliases] })));

/** The running text of a section: its paragraphs, without headings, anchors or hidden definitions. */
function prose(html: string): string {
  const body =
    /<div class="prose">([\s\S]*?)<\/div>\s*<aside class="glossary-definitions"|<div class="prose">([\s\S]*?)<\/div>\s*<\/article>/.exec(
      html,
    );
  const inner = body?.[1] ?? body?.[2] ?? '';
  return [...inner.matchAll(/<p id="p\d+"[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) => htmlText(m[1]).replace(/¶$/, ''))
    .join('\n');
}

/** Sections in reading order, as the home page's contents list them. */
const readingOrder = [
  ...pages.find(({ path }) => path === 'index.html')!.html.matchAll(/href="\/sections\/([^/]+)\/"/g),
].map((m) => m[1]);
const sections = readingOrder
  .map((slug) => pages.find(({ path }) => path === `sections/${slug}/index.html`)!)
  .map(({ path, html }) => ({
    path,
    html,
    used: new Set(match(prose(html)).map((m) => m.id)),
    linked: new Set([...html.matchAll(/class="term" data-term="([^"]+)"/g)].map((m) => m[1])),
  }));

test('every term the report uses is linked from every section that uses it', () => {
  const missing = sections.flatMap(({ path, used, linked }) =>
    [...used].filter((id) => !linked.has(id)).map((id) => `${path}: ${id}`),
  );
  assert.deepEqual(missing, []);
  const everUsed = new Set(sections.flatMap(({ used }) => [...used]));
  assert.equal(everUsed.size, 19, 'the body uses 19 of the 20 terms');
  assert.ok(!everUsed.has('ppp'));
});

test('links appear only for terms the section uses, never in headings', () => {
  for (const { path, html, used, linked } of sections) {
    assert.deepEqual(
      [...linked].filter((id) => !used.has(id)),
      [],
      path,
    );
    for (const [, heading] of html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g))
      assert.ok(!heading.includes('class="term"'), `${path}: link in heading`);
  }
});

test('each entry page lists every occurrence in reading order, linking to the paragraph', () => {
  for (const term of terms) {
    const page = pages.find(({ path }) => path === `glossary/${term.id}/index.html`)!;
    const listed = [...page.html.matchAll(/<a href="\/sections\/([^/]+)\/#(p\d+)"/g)].map((m) => `${m[1]}#${m[2]}`);
    const expected: string[] = [];
    for (const section of sections) {
      const slug = section.path.split('/')[1];
      for (const [, id, text] of section.html.matchAll(/<p id="(p\d+)">([\s\S]*?)<\/p>/g)) {
        for (const hit of match(htmlText(text))) if (hit.id === term.id) expected.push(`${slug}#${id}`);
      }
    }
    assert.deepEqual(listed, expected, term.term);
    if (expected.length === 0)
      assert.match(htmlText(page.html), /报告正文没有使用这个词语/, `${term.term} should say it is unused`);
  }
});

test('PPP is defined but its page says the text never uses it', () => {
  const ppp = pages.find(({ path }) => path === 'glossary/ppp/index.html')!;
  assert.match(htmlText(ppp.html), /报告正文没有使用这个词语/);
});

test('a section carries the definitions of exactly the terms it links, hidden and not indexed, each under its term', () => {
  for (const { path, html, linked } of sections) {
    const defs = new Set([...html.matchAll(/<dd id="def-([^"]+)" data-term-name/g)].map((m) => m[1]));
    assert.deepEqual([...defs].sort(), [...linked].sort(), path);
    if (defs.size > 0)
      assert.match(
        html,
        /<aside class="glossary-definitions" hidden data-glossary-definitions data-pagefind-ignore="all" aria-label="本节有关词语解释">/,
        path,
      );
    // Without styles (a text browser ignores `hidden`) each definition reads under its term.
    for (const [, term, id] of html.matchAll(/<dt>([^<]+)<\/dt>\s*<dd id="def-([^"]+)"/g)) {
      assert.equal(terms.find((t) => t.id === id)?.term, term, `${path}: def-${id} is labelled ${term}`);
    }
    assert.equal([...html.matchAll(/<dt>/g)].length, defs.size, path);
  }
});
