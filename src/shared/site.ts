/** The site's own name: the report's headline is an article title, not a site name. */
export const SITE_NAME = '七里河区2021年政府工作报告';
/**
 * Where the site is published, when `SITE_URL` does not say otherwise at build time
 * (astro.config.mjs): citations, canonical links, og:url and the sitemap give absolute
 * addresses from it.
 */
export const DEFAULT_SITE_URL = 'https://qilihe-report.example';
