/**
 * Every internal URL of the site is built here, from one base path, so the site works at
 * the root and under a sub-path (`BASE_PATH=/report/`). Pages use it through
 * src/lib/page-urls.ts (Astro's BASE_URL); the Markdown plugins, the integrations and the
 * browser code call `siteUrls(base)` themselves. All page URLs end in `/`.
 */
import {
  fullReportPath,
  glossaryIndexPath,
  glossaryPath,
  indicatorsPath,
  reconcilePath,
  searchPath,
  sectionPath,
} from './paths.ts';

/** `undefined` → `/`, `report` → `/report/`, `/report` → `/report/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const withFragment = (url: string, fragment?: string): string => (fragment ? `${url}#${fragment}` : url);

export function siteUrls(basePath: string | undefined) {
  const base = normalizeBase(basePath);
  /** A path relative to the base (`sections/goals/`), or a site-absolute one (`/sections/goals/`). */
  const page = (path = ''): string => `${base}${path.replace(/^\/+/, '')}`;
  return {
    base,
    page,
    home: (): string => page(),
    section: (slug: string, fragment?: string): string => withFragment(page(sectionPath(slug)), fragment),
    glossaryIndex: (): string => page(glossaryIndexPath()),
    glossary: (id: string): string => page(glossaryPath(id)),
    indicators: (fragment?: string): string => withFragment(page(indicatorsPath()), fragment),
    fullReport: (): string => page(fullReportPath()),
    reconcile: (): string => page(reconcilePath()),
    search: (query?: string): string => page(query ? `${searchPath()}?q=${encodeURIComponent(query)}` : searchPath()),
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;
