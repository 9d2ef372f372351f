/** Paths and helpers shared by the tests that read the built site. */
import { readdir, readFile } from 'node:fs/promises';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** The same site built for a sub-path (`npm run build:subpath`). */
export const SUBPATH = { dir: join(ROOT, 'dist-report'), base: '/report/' };
export const CONTENT = join(ROOT, 'content');

/** Every HTML file of the build, as `{ path: 'sections/overview/index.html', html }`. */
export async function builtPages(dir = DIST): Promise<{ path: string; html: string }[]> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file) => ({ path: relative(dir, join(dir, file)).split(sep).join('/'), html: await readFile(join(dir, file), 'utf8') })),
  );
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

function find(node: Root | Element, match: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (match(child)) return child;
    const found = find(child, match);
    if (found) return found;
  }
  return undefined;
}

/**
 * The text a reader reads in the first element matching `match`: parts marked
 * data-pagefind-ignore (reminders, contents, ¶ signs) and hidden parts (definitions kept
 * for popovers) left out.
 */
export function readableText(html: string, match: (el: Element) => boolean): string {
  const element = find(fromHtml(html), match);
  if (!element) return '';
  const prune = (el: Element) => {
    el.children = el.children.filter(
      (child) => !(child.type === 'element' && (child.properties.dataPagefindIgnore !== undefined || child.properties.hidden !== undefined)),
    );
    for (const child of el.children) if (child.type === 'element') prune(child);
  };
  prune(element);
  return toText(element, { whitespace: 'normal' });
}

export const isIndexedBody = (el: Element): boolean => el.properties.dataPagefindBody !== undefined;
export const hasClass = (name: string) => (el: Element): boolean => Array.isArray(el.properties.className) && el.properties.className.includes(name);

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
