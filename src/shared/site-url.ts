/**
 * Where the site is published, when `SITE_URL` does not say otherwise at build time
 * (astro.config.mjs): citations, canonical links, og:url and the sitemap give absolute
 * addresses from it. The site's name is the report's title (content/report.json).
 */
export const DEFAULT_SITE_URL = 'https://qilihe-report.example';
