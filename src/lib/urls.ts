/**
 * Every internal URL is built here, from Astro's BASE_URL, so the site works at the root
 * and under a sub-path. All page URLs end in `/` (trailingSlash: 'always').
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function pageUrl(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export const homeUrl = (): string => pageUrl();
export const sectionUrl = (slug: string): string => pageUrl(`sections/${slug}/`);
export const glossaryIndexUrl = (): string => pageUrl('glossary/');
export const glossaryUrl = (id: string): string => pageUrl(`glossary/${id}/`);
export const searchUrl = (query?: string): string =>
  pageUrl(query ? `search/?q=${encodeURIComponent(query)}` : 'search/');
