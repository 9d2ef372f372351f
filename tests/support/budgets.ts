/**
 * The byte budgets a built site keeps, in one place: the main site's tests
 * (tests/site/budgets.test.ts) and the sites built from other reports (tests/reports/)
 * assert the same numbers. Sizes are Brotli-compressed (quality 11), as static hosts serve
 * them. Each check returns its problems, one line each, so a test can assert none.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { isIndexedBody, readableText } from '../../scripts/lib/readable-text.ts';

export const brotli = (data: Buffer | string): number =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * What every section page carries besides its text: the stylesheet, the report's contents,
 * the header with search and the theme toggle (and the inline script that applies the
 * reader's theme before the first paint), Open Graph metadata, the citation control and the
 * small scripts that open search, popovers and citations on demand. It was 6 KB until the
 * theme toggle, link previews and citations came; page-specific styles (charts, the
 * one-page report) are kept off section pages, and the styles of search results and of the
 * cite popover load with their code, so that it stays at 7 KB.
 */
export const FIXED_ALLOWANCE = 7 * 1024;

/** A section page may cost this many times its own compressed text, plus FIXED_ALLOWANCE. */
export const TEXT_FACTOR = 2;

/** The largest inline classic script allowed in <head> (the theme script), in characters. */
export const HEAD_SCRIPT_LIMIT = 200;

type Page = { path: string; html: string };

/** Each section page's bytes before interaction (HTML, linked CSS and JS) against its budget. */
export async function sectionCosts(
  dist: string,
  pages: Page[],
): Promise<{ path: string; total: number; budget: number }[]> {
  const file = (url: string) => readFile(join(dist, url.replace(/^\//, '')));
  const costs = [];
  for (const { path, html } of pages.filter(({ path }) => path.startsWith('sections/'))) {
    const linked = [
      ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
      ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ].map((m) => m[1]);
    const total = brotli(html) + (await Promise.all(linked.map(file))).reduce((sum, data) => sum + brotli(data), 0);
    costs.push({ path, total, budget: TEXT_FACTOR * brotli(readableText(html, isIndexedBody)) + FIXED_ALLOWANCE });
  }
  return costs;
}

/** Pages whose <head> holds more than one stylesheet, a script file or more than the tiny theme script. */
export function renderBlockingProblems(pages: Page[]): string[] {
  const problems: string[] = [];
  for (const { path, html } of pages) {
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    const stylesheets = (head.match(/<link[^>]+rel="stylesheet"/g) ?? []).length;
    if (stylesheets !== 1) problems.push(`${path}: ${stylesheets} stylesheets`);
    const blocking = [
      ...head.matchAll(/<script(?![^>]*type="module")(?![^>]*\b(?:async|defer)\b)([^>]*)>([\s\S]*?)<\/script>/g),
    ];
    // One exception: the theme script, inline (no request) and tiny, must run before the
    // first paint to set the reader's theme.
    for (const m of blocking.filter((m) => /\bsrc=/.test(m[1])))
      problems.push(`${path}: a classic script in <head> blocks rendering: ${m[0]}`);
    if (blocking.length > 1 || blocking.some((m) => m[2].length > HEAD_SCRIPT_LIMIT))
      problems.push(`${path}: inline classic scripts in <head>: ${blocking.map((m) => m[2].length)} bytes`);
  }
  return problems;
}

/** Font files, and stylesheets that declare a web font. */
export async function webFonts(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  const problems = files.filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name));
  for (const css of files.filter((name) => name.endsWith('.css'))) {
    if ((await readFile(join(dist, css), 'utf8')).includes('@font-face')) problems.push(`${css} declares a web font`);
  }
  return problems;
}

/** Pagefind files the site does not load (its UI and highlighter), or the ones it needs missing. */
export async function pagefindProblems(dist: string): Promise<string[]> {
  const files = await readdir(join(dist, 'pagefind'));
  const problems = files
    .filter((name) => /ui\.(js|css)$|highlight\.js$/.test(name))
    .map((name) => `pagefind/${name} is shipped but never loaded`);
  for (const needed of ['pagefind.js', 'pagefind-worker.js'])
    if (!files.includes(needed)) problems.push(`pagefind/${needed} is missing`);
  return problems;
}
