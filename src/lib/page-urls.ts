/**
 * The site's URLs for pages and components, from Astro's BASE_URL and `site`
 * (astro.config.mjs). The scheme itself is src/shared/urls.ts.
 */
import { siteUrls } from '../shared/urls.ts';

export const urls = siteUrls(import.meta.env.BASE_URL);

export const pageUrl = urls.page;
export const homeUrl = urls.home;
export const sectionUrl = urls.section;
export const indicatorsUrl = urls.indicators;
export const fullReportUrl = urls.fullReport;
export const reconcileUrl = urls.reconcile;
export const glossaryIndexUrl = urls.glossaryIndex;
export const glossaryUrl = urls.glossary;
export const searchUrl = urls.search;

/**
 * The address of a page as a reader outside the site uses it (in a citation): Astro's
 * `site`, the base path and the page's path.
 */
export function absoluteUrl(path = ''): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('absoluteUrl: `site` is not set in astro.config.mjs');
  return new URL(pageUrl(path), site).href;
}
