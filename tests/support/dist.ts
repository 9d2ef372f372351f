/**
 * Paths and helpers shared by the tests that read the built site: the site of the suites'
 * own report (tests/fixtures/qilihe/), built by `npm run test:build`.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { join, relative, sep } from 'node:path';
import { missingBuilds, type BuildDir } from '../../scripts/lib/builds.ts';
import { FIXTURE_REPORT_DIR, ROOT, TEST_SITES } from './fixture.ts';

export { ROOT };
export const DIST = join(ROOT, TEST_SITES, 'dist');
/** The same site built for a sub-path. */
export const SUBPATH = { dir: join(ROOT, TEST_SITES, 'dist-report'), base: '/report/' };
/** The content the sites were built from. */
export const CONTENT = FIXTURE_REPORT_DIR;

/** A page written at an old address of content/reports/qilihequ/2021/redirects.yaml (src/pages/[...moved].astro). */
export const isRedirectPage = (html: string): boolean => /<meta http-equiv="refresh"/.test(html);

/**
 * Every HTML file of the build, as `{ path: 'sections/overview/index.html', html }`. The
 * pages at moved addresses, which only lead to another page, are left out unless asked for.
 */
export async function builtPages(dir = DIST, { redirects = false } = {}): Promise<{ path: string; html: string }[]> {
  const missing = missingBuilds([relative(ROOT, dir) as BuildDir]);
  if (missing) throw new Error(missing);
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const pages = await Promise.all(
    files.map(async (file) => ({
      path: relative(dir, join(dir, file)).split(sep).join('/'),
      html: await readFile(join(dir, file), 'utf8'),
    })),
  );
  return redirects ? pages : pages.filter(({ html }) => !isRedirectPage(html));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The visible text of an HTML fragment: tags, scripts and styles removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (entity, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? entity;
    });
}

/** Every element under `node`, in document order. */
export function elementsOf(node: Root | Element, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    found.push(child);
    elementsOf(child, found);
  }
  return found;
}

export const hasClass =
  (name: string) =>
  (el: Element): boolean =>
    Array.isArray(el.properties.className) && el.properties.className.includes(name);

/** Text as the sentence checks compare it: NFKC folds full-width forms (，→ ,), then punctuation and whitespace are dropped. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\p{P}\s]/gu, '');
}

/** The manuscript's sentences (cut after 。！？ and at line ends), in comparable form. */
export function manuscriptSentences(manuscript: string): string[] {
  return manuscript
    .split('\n')
    .flatMap((line) => line.split(/(?<=[。！？])/))
    .map(comparable)
    .filter(Boolean);
}
