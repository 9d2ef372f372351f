import type { APIRoute } from 'astro';
import { pageUrl } from '../lib/page-urls';

/**
 * Every page may be crawled; the sitemap (written by @astrojs/sitemap) lists them. Under a
 * sub-path this file is /report/robots.txt, where crawlers do not look: the host's own
 * robots.txt should then name the sitemap.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(pageUrl('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
