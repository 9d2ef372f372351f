/**
 * What each page of a built site transfers before any interaction: the HTML (inline
 * scripts included) and the stylesheets and scripts it links, raw, gzip -9 and Brotli 11,
 * with the Brotli size of the page's own report text as the floor. Used for this site and
 * for the peer.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isIndexedBody, readableText } from './readable-text.ts';

export const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;
export const br = (data: Buffer | string): number =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const size = (data: string) => Buffer.byteLength(data);

export interface PageCost {
  page: string;
  html: number;
  /** Inline <script> bytes, already counted in `html`. */
  inlineJs: number;
  css: number;
  js: number;
  total: number;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  totalGz: number;
  totalBr: number;
  /** Brotli bytes of the page's own report text: the floor. */
  textBr: number;
  requests: number;
}

export async function pageCosts(dist: string): Promise<PageCost[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const pages: PageCost[] = [];
  for (const file of files) {
    const html = await readFile(join(dist, file), 'utf8');
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const load = (url: string) => readFile(join(dist, url.replace(/^\//, '')));
    const css = await Promise.all(stylesheets.map(load));
    const js = await Promise.all(scripts.map(load));
    const cost: PageCost = {
      page: `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`,
      html: size(html),
      inlineJs: size(inlineJs),
      css: css.reduce((n, b) => n + b.length, 0),
      js: js.reduce((n, b) => n + b.length, 0),
      total: 0,
      htmlGz: gz(html),
      cssGz: css.reduce((n, b) => n + gz(b), 0),
      jsGz: js.reduce((n, b) => n + gz(b), 0),
      totalGz: 0,
      totalBr: br(html) + [...css, ...js].reduce((n, b) => n + br(b), 0),
      textBr: 0,
      requests: 1 + css.length + js.length,
    };
    const text = readableText(html, isIndexedBody);
    cost.textBr = text ? br(text) : 0;
    cost.total = cost.html + cost.css + cost.js;
    cost.totalGz = cost.htmlGz + cost.cssGz + cost.jsGz;
    pages.push(cost);
  }
  return pages;
}
