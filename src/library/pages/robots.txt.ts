import type { APIRoute } from 'astro';
import reports from 'virtual:library';
import { reportPath } from '../../shared/library';

/** Every page may be crawled: the library's sitemap and each report's name them all. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sitemaps = ['', ...reports.map((report) => reportPath(report.id))].map(
    (path) => `Sitemap: ${new URL(`${base}${path}sitemap-index.xml`, site).href}`,
  );
  return new Response(`User-agent: *\nAllow: /\n\n${sitemaps.join('\n')}\n`);
};
