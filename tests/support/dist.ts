/** Paths and helpers shared by the tests that read the built site. */
import { readdir, readFile } from 'node:fs/promises';
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

/** The text inside the element carrying `data-pagefind-body`, i.e. the report text of a page. */
export function bodyText(html: string): string {
  const start = html.search(/<article[^>]*data-pagefind-body/);
  if (start < 0) return '';
  const end = html.indexOf('</article>', start);
  return htmlText(html.slice(start, end));
}
