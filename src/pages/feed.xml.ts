import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/page-urls';
import { getSite } from '../lib/site';
import { atomFeed } from '../shared/feed';
import { FEED_PATH } from '../shared/paths';

/** The Atom feed of the reports the site publishes (src/shared/feed.ts). */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const xml = atomFeed({
    title: site.name,
    url: absoluteUrl(),
    self: absoluteUrl(FEED_PATH),
    entries: [{ title: site.name, url: absoluteUrl(), author: site.government, date: site.date, summary: site.intro }],
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
