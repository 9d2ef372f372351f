/**
 * Every internal URL is built here, from Astro's BASE_URL, so the site works at the root
 * and under a sub-path. All page URLs end in `/` (trailingSlash: 'always').
 */
import { normalizeBase } from '../shared/base.ts';
import { fullReportPath, glossaryIndexPath, glossaryPath, indicatorsPath, searchPath, sectionPath } from '../shared/paths.ts';

const base = normalizeBase(import.meta.env.BASE_URL);

export function pageUrl(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/**
 * The address of a page as a reader outside the site uses it (in a citation): Astro's
 * `site` (astro.config.mjs), the base path and the page's path.
 */
export function absoluteUrl(path = ''): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('absoluteUrl: `site` is not set in astro.config.mjs');
  return new URL(pageUrl(path), site).href;
}

export const homeUrl = (): string => pageUrl();
export const sectionUrl = (slug: string): string => pageUrl(sectionPath(slug));
export const indicatorsUrl = (): string => pageUrl(indicatorsPath());
export const fullReportUrl = (): string => pageUrl(fullReportPath());
export const glossaryIndexUrl = (): string => pageUrl(glossaryIndexPath());
export const glossaryUrl = (id: string): string => pageUrl(glossaryPath(id));
export const searchUrl = (query?: string): string =>
  pageUrl(query ? `${searchPath()}?q=${encodeURIComponent(query)}` : searchPath());
