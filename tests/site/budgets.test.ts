/**
 * Byte budgets that are deterministic, so they can be asserted (times are printed by
 * `npm run bench`). Sizes are Brotli-compressed (quality 11), as static hosts serve them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { isIndexedBody, readableText } from '../../scripts/lib/readable-text.ts';
import { builtPages, DIST } from '../support/dist.ts';

const brotli = (data: Buffer | string) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pages = await builtPages();
const file = (url: string) => readFile(join(DIST, url.replace(/^\//, '')));

/**
 * What every section page carries besides its text: the stylesheet, the report's contents,
 * the header with search and the theme toggle (and the inline script that applies the
 * reader's theme before the first paint), Open Graph metadata, the citation control and the
 * small scripts that open search, popovers and citations on demand. It was 6 KB until the
 * theme toggle, link previews and citations came; page-specific styles (charts, the
 * one-page report) are kept off section pages so that it stays at 7 KB.
 */
const FIXED_ALLOWANCE = 7 * 1024;

test('a section costs at most twice its own compressed text plus 7 KB before interaction', async (t) => {
  const over: string[] = [];
  for (const { path, html } of pages.filter(({ path }) => path.startsWith('sections/'))) {
    const linked = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g), ...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const total = brotli(html) + (await Promise.all(linked.map(file))).reduce((sum, data) => sum + brotli(data), 0);
    const budget = 2 * brotli(readableText(html, isIndexedBody)) + FIXED_ALLOWANCE;
    t.diagnostic(`${path}: ${total} of ${budget} bytes`);
    if (total > budget) over.push(`${path}: ${total} bytes > ${budget}`);
  }
  assert.deepEqual(over, []);
});

test('nothing blocks rendering but one stylesheet, and there are no web fonts', async () => {
  for (const { path, html } of pages) {
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    assert.equal((head.match(/<link[^>]+rel="stylesheet"/g) ?? []).length, 1, `${path}: stylesheets`);
    const blocking = [...head.matchAll(/<script(?![^>]*type="module")(?![^>]*\b(?:async|defer)\b)([^>]*)>([\s\S]*?)<\/script>/g)];
    // One exception: the theme script, inline (no request) and tiny, must run before the
    // first paint to set the reader's theme.
    const fetched = blocking.filter((m) => /\bsrc=/.test(m[1]));
    assert.deepEqual(fetched.map((m) => m[0]), [], `${path}: classic scripts in <head> block rendering`);
    assert.ok(blocking.length <= 1 && blocking.every((m) => m[2].length <= 200), `${path}: inline classic scripts in <head>: ${blocking.map((m) => m[2].length)} bytes`);
  }
  const files = await readdir(DIST, { recursive: true });
  assert.deepEqual(files.filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name)), []);
  for (const css of files.filter((name) => name.endsWith('.css'))) {
    assert.ok(!(await readFile(join(DIST, css), 'utf8')).includes('@font-face'), `${css} declares a web font`);
  }
});

test('Pagefind ships only what the site loads', async () => {
  const files = await readdir(join(DIST, 'pagefind'));
  assert.deepEqual(files.filter((name) => /ui\.(js|css)$|highlight\.js$/.test(name)), []);
  assert.ok(files.includes('pagefind.js') && files.includes('pagefind-worker.js'));
});
