/**
 * A saved web page (.html, .htm) as the text the rest of the importer reads: the article's
 * text, one block a line, with the page's own metadata (title, source, publication date)
 * as the lines a copied page starts with. The page's chrome goes here by what it is:
 * scripts, styles, navigation, headers and footers, forms and buttons, share bars, related
 * links. What little chrome sits inside the article goes later, as in a copied text
 * (article.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Root } from 'hast';
import { HAN } from '../shared/han.ts';

/** Elements that are never the article's text. */
const CHROME_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'head',
]);
/** Class names and ids of a page's chrome, as content management systems name them. */
const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|sharebar|bdshare|toolbar|tools|footer|foot|header|sidebar|side|related|relate|recommend|comments?|copyright|print|qrcode|ewm|position|location)(?:$|[-_\s\d])/i;

const HAN_CHAR = new RegExp(`[${HAN}]`, 'gu');
const hanCount = (text: string) => text.match(HAN_CHAR)?.length ?? 0;

export const isHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>])/i.test(text);

function isChrome(element: Element): boolean {
  if (CHROME_TAGS.has(element.tagName)) return true;
  const names = [element.properties.id, ...[element.properties.className ?? []].flat()].filter(Boolean).join(' ');
  return CHROME_NAME.test(names);
}

/** The tree without the page's chrome. */
function withoutChrome<T extends Root | Element>(node: T): T {
  const children = node.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return child.type === 'text' ? [child] : [];
    return isChrome(child) ? [] : [withoutChrome(child)];
  });
  return { ...node, children } as T;
}

/** The deepest element that holds nearly all of the page's Chinese text: the article. */
function articleOf(body: Element): Element {
  const total = hanCount(toText(body));
  let article = body;
  for (;;) {
    const inner = article.children.find(
      (child): child is Element => child.type === 'element' && hanCount(toText(child)) >= total * 0.9,
    );
    if (!inner) return article;
    article = inner;
  }
}

/** The first element, in document order, that `test` accepts. */
function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const inner = findElement(child, test);
    if (inner) return inner;
  }
  return undefined;
}

/** The content of the first <meta> named (or with the property) one of `names`. */
function metaContent(tree: Root, names: string[]): string | undefined {
  const meta = findElement(
    tree,
    (el) =>
      el.tagName === 'meta' &&
      Boolean(el.properties.content) &&
      names.includes(String(el.properties.name ?? el.properties.property ?? '').toLowerCase()),
  );
  return meta ? String(meta.properties.content).trim() : undefined;
}

/**
 * The lines of a saved page: its title, 来源 and 时间 from its metadata where it has them,
 * then the article's text, one block a line.
 */
export function htmlToText(html: string): string {
  const tree = fromHtml(html);
  const titleElement = findElement(tree, (el) => el.tagName === 'title');
  const title =
    metaContent(tree, ['articletitle', 'og:title', 'title']) ??
    (titleElement ? toText(titleElement).trim() : undefined);
  const source = metaContent(tree, ['contentsource', 'source', 'og:site_name']);
  const published = metaContent(tree, ['pubdate', 'publishdate', 'article:published_time', 'firstpublishedtime']);
  // fromHtml always makes <html>, <head> and <body>.
  const body = findElement(withoutChrome(tree), (el) => el.tagName === 'body')!;
  const text = toText(articleOf(body))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // A page title often adds the site's name: 2026年河北省政府工作报告_河北省人民政府网.
  const titleLine = title?.split(/\s*[_|｜—–-]\s*/)[0];
  const head = [
    ...(titleLine && !text.slice(0, 5).includes(titleLine) ? [titleLine] : []),
    ...(source ? [`来源：${source}`] : []),
    ...(published ? [`时间：${published.slice(0, 10)}`] : []),
  ];
  return [...head, ...text].join('\n');
}
