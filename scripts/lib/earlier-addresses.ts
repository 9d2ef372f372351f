/**
 * A report's addresses keep answering where it was served before (its published.yaml's
 * `at`): at each address it published there (pages, sections, glossary entries, and the old
 * addresses of its redirects), a copy of the page that answers it now. The copy is the same
 * page, byte for byte but one line: its links, canonical address, styles and search all
 * lead to the report's address now (the build wrote them from the base path), and it asks
 * search engines to leave it out. Where a page of the library's own (its home) or another
 * report's copy stands already, that page stays.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { publishedSchema, redirectsSchema } from '../../src/schemas/addresses.ts';
import { REPORT_FILES } from '../../src/node/content/report-files.ts';

const NOINDEX = '<meta name="robots" content="noindex">';

/**
 * The page with a noindex line, once: a copy is not the page's address. (The library's search
 * index leaves copies out by where they are: scripts/build.ts.)
 */
export function markedCopy(html: string): string {
  if (/<meta name="robots" content="noindex"/.test(html)) return html;
  // After the charset, which must come first.
  return /<meta charset="utf-8">/.test(html)
    ? html.replace(/<meta charset="utf-8">/, `$&${NOINDEX}`)
    : html.replace(/<head>/, `<head>${NOINDEX}`);
}

/**
 * Copies the pages of the report in `reportDir` (its folder) from its built site `from` to
 * the folder of its earlier address `to`. Resolves with the addresses copied.
 */
export async function copyPublishedPages(reportDir: string, from: string, to: string): Promise<string[]> {
  const read = (name: string) => {
    const file = join(reportDir, name);
    return existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? undefined) : undefined;
  };
  const published = publishedSchema.parse(read(REPORT_FILES.published) ?? {});
  const redirects = redirectsSchema.parse(read(REPORT_FILES.redirects) ?? []);
  const addresses = new Set([
    ...published.pages,
    ...published.sections.map((s) => s.address),
    ...published.glossary.map((g) => g.address),
    ...redirects.map((r) => r.from),
  ]);
  const copied: string[] = [];
  for (const address of [...addresses].sort()) {
    const source = join(from, address, 'index.html');
    const copy = join(to, address, 'index.html');
    if (!existsSync(source) || existsSync(copy)) continue;
    await mkdir(dirname(copy), { recursive: true });
    await writeFile(copy, markedCopy(await readFile(source, 'utf8')));
    copied.push(address);
  }
  return copied;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The page at the home of a report withdrawn from the library (content/library.yaml): it
 * sends readers to `href`, the address the editor chose, with or without JavaScript.
 */
export function withdrawnPage(id: string, href: string, absolute: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>报告已移除</title>${NOINDEX}<link rel="canonical" href="${escape(absolute)}">
<meta http-equiv="refresh" content="0; url=${escape(href)}"></head>
<body><main id="main" class="notice"><h1>报告已移除</h1>
<p>报告 ${escape(id)} 已从本站移除，请前往：<a href="${escape(href)}">${escape(href)}</a></p></main></body>
</html>
`;
}
