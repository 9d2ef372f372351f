/**
 * Nothing lost, nothing doubled: read the site as a reader reads the report — the home
 * page's headline and date, the sections in the order of the contents, then the glossary —
 * and find every sentence of the manuscript exactly once, in the manuscript's order, with
 * every number exactly as written. The whole report on one page (/full/) must read the
 * same. Navigation, reminders and excerpts (marked data-pagefind-ignore) do not count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages, comparable, CONTENT, hasClass, manuscriptSentences } from '../support/dist.ts';
import { readingProblems as readingOf } from '../support/reading.ts';
import { isIndexedBody, readableText as readable } from '../../scripts/lib/readable-text.ts';
import { normalizePunctuation } from '../../src/importer/punctuation.ts';

const pages = new Map((await builtPages()).map(({ path, html }) => [path, html]));

const home = pages.get('index.html')!;
const order = [...home.matchAll(/href="\/sections\/([^/]+)\/"/g)].map((m) => m[1]);
const readingText = [
  readable(home, hasClass('home__date')),
  readable(home, (el) => el.tagName === 'h1'),
  ...order.map((slug) => readable(pages.get(`sections/${slug}/index.html`)!, isIndexedBody)),
  readable(pages.get('glossary/index.html')!, (el) => el.tagName === 'article'),
].join('\n');

const manuscript = normalizePunctuation(await readFile(join(CONTENT, 'manuscript/report.txt'), 'utf8'));
const sentences = manuscriptSentences(manuscript);

const readingProblems = (text: string) => readingOf(sentences, text);

test('every sentence of the manuscript is read exactly once, in order', (t) => {
  assert.deepEqual(readingProblems(readingText), []);
  t.diagnostic(`${sentences.length} sentences read in order`);
});

test('the one-page report reads every sentence exactly once, in order, glossary included', () => {
  const full = pages.get('full/index.html')!;
  assert.deepEqual(readingProblems(readable(full, (el) => el.tagName === 'main')), []);
});

test('the reading check finds a sentence left out or read twice', () => {
  const [first, second] = sentences;
  const text = comparable(readingText);
  assert.ok(readingProblems(text.replace(second, '')).some((problem) => problem.startsWith('missing')));
  assert.ok(readingProblems(text.replace(first, `${first}${second}${second}`)).length > 0);
});

test('every number is on the site exactly as written, at least as often as in the manuscript', () => {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (const number of text.match(/\d+(?:\.\d+)?%?/g) ?? []) counts.set(number, (counts.get(number) ?? 0) + 1);
    return counts;
  };
  const written = count(manuscript);
  const read = count(readingText);
  assert.ok(written.has('492.06') && written.has('26.72%') && written.has('1.29'));
  // Section titles the site adds (2020年工作回顾) may add a year; nothing may be missing.
  const short = [...written]
    .filter(([number, times]) => (read.get(number) ?? 0) < times)
    .map(([number, times]) => `${number}: ${read.get(number) ?? 0} of ${times}`);
  assert.deepEqual(short, []);
});
