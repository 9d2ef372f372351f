import type { APIRoute } from 'astro';
import reports from 'virtual:library';
import { atomFeed } from '../../shared/feed';
import { FEED_PATH } from '../../shared/paths';
import { LIBRARY_NAME, reportPath } from '../../shared/library';

/** The Atom feed of every report of the library (src/shared/feed.ts), newest first. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const at = (path: string) => new URL(`${base}${path}`, site).href;
  const xml = atomFeed({
    title: LIBRARY_NAME,
    url: at(''),
    self: at(FEED_PATH),
    entries: reports.map((report) => ({
      title: report.title,
      url: at(reportPath(report.id)),
      author: report.government,
      date: report.date,
      summary: [report.title, report.meeting, report.speaker].filter(Boolean).join('，'),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
