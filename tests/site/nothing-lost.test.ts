/**
 * Nothing lost: every sentence of the manuscript reaches the built site, compared after
 * normalising whitespace and punctuation width (the importer turns `,` into `，`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages, comparable, CONTENT, htmlText, manuscriptSentences } from '../support/dist.ts';

const manuscript = await readFile(join(CONTENT, 'manuscript/report.txt'), 'utf8');
const sentences = manuscriptSentences(manuscript);

const pages = await builtPages();
/** The text of each page's <main>: the navigation around it does not count. */
const mainTexts = pages.map(({ path, html }) => {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return { path, text: comparable(htmlText(main)) };
});

test('the manuscript has the sentences this test expects', () => {
  assert.ok(sentences.length > 250, `only ${sentences.length} sentences`);
});

test('every sentence of the manuscript is on the site', () => {
  const missing = sentences.filter((sentence) => !mainTexts.some((page) => page.text.includes(sentence)));
  assert.deepEqual(missing, [], `${missing.length} of ${sentences.length} sentences are missing`);
});

test('the date, the headline and all twelve captions are on the site', () => {
  const home = mainTexts.find((page) => page.path === 'index.html')!.text;
  assert.ok(home.includes(comparable('2021年04月27日')));
  assert.ok(home.includes(comparable('聚焦“六大板块”七里河区凝心聚力为打造现代化中心城区努力奋斗')));
  const overview = pages.find((page) => page.path === 'sections/overview/index.html')!.html;
  const captions = /<aside class="captions"[\s\S]*?<\/aside>/.exec(overview)?.[0] ?? '';
  assert.equal((captions.match(/<li>/g) ?? []).length, 12);
  assert.match(htmlText(captions), /图片未收录/);
});
