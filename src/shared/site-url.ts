/**
 * Where the site is published, when `SITE_URL` does not say otherwise at build time
 * (astro.config.mjs): citations, canonical links, og:url and the sitemap give absolute
 * addresses from it. A name reserved for examples (RFC 2606) that names no report, so an
 * undeployed build cannot pass for a real address. The site's name is the report's title
 * (<report>/report.json).
 */
export const DEFAULT_SITE_URL = 'https://report.example';
