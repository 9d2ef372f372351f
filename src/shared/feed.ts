/**
 * An Atom feed (RFC 4287) of the reports the site publishes, newest first, for readers and
 * aggregators: each entry names its report, its government, its date and its home page.
 * The pure part: the XML from the entries (src/pages/feed.xml.ts gives them).
 */

export interface FeedEntry {
  title: string;
  /** The report's home page, absolute: also the entry's id. */
  url: string;
  /** Who gave the report. */
  author: string;
  /** The date of the report, YYYY-MM-DD or YYYY. */
  date: string;
  summary: string;
}

export interface Feed {
  title: string;
  /** The site's home page, absolute: also the feed's id. */
  url: string;
  /** The feed's own address, absolute. */
  self: string;
  entries: FeedEntry[];
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A report's date as an Atom date: the day's start in China (UTC+8); a year alone is its first day. */
export function atomDate(date: string): string {
  const day = /^\d{4}$/.test(date) ? `${date}-01-01` : date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`feed: the date must be YYYY-MM-DD or YYYY, not "${date}"`);
  return `${day}T00:00:00+08:00`;
}

export function atomFeed({ title, url, self, entries }: Feed): string {
  const sorted = [...entries].sort((a, b) => atomDate(b.date).localeCompare(atomDate(a.date)));
  const updated = sorted.length ? atomDate(sorted[0].date) : atomDate('1970-01-01');
  const entry = (e: FeedEntry) => `  <entry>
    <title>${escape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>
    <id>${escape(e.url)}</id>
    <updated>${atomDate(e.date)}</updated>
    <author><name>${escape(e.author)}</name></author>
    <summary>${escape(e.summary)}</summary>
  </entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escape(title)}</title>
  <link rel="alternate" type="text/html" href="${escape(url)}"/>
  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>
  <id>${escape(url)}</id>
  <updated>${updated}</updated>
${sorted.map(entry).join('\n')}
</feed>
`;
}
