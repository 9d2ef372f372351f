/** The built feed (src/pages/feed.xml.ts) at the root and under /report/, and the pages that name it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { DIST, SUBPATH } from '../support/dist.ts';
import { FIXTURE_REPORT_DIR } from '../support/fixture.ts';
import { DEFAULT_SITE_URL } from '../../src/shared/site-url.ts';

const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;
const [report] = JSON.parse(await readFile(join(FIXTURE_REPORT_DIR, 'report.json'), 'utf8')) as {
  title: string;
  government: string;
  date: string;
}[];

for (const { dir, base } of [{ dir: DIST, base: '/' }, SUBPATH]) {
  test(`the feed lists the report with its home page, government and date (${base})`, async () => {
    const xml = await readFile(join(dir, 'feed.xml'), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const home = new URL(base, site).href;
    const entries = Array.from(doc.getElementsByTagName('entry'));
    assert.equal(entries.length, 1);
    const text = (tag: string) => entries[0].getElementsByTagName(tag)[0]?.textContent;
    assert.equal(text('title'), report.title);
    assert.equal(text('id'), home);
    assert.equal(text('name'), report.government);
    assert.equal(text('updated'), `${report.date}T00:00:00+08:00`);
    const self = Array.from(doc.getElementsByTagName('link')).find((link) => link.getAttribute('rel') === 'self');
    assert.equal(self?.getAttribute('href'), new URL(`${base}feed.xml`, site).href);
    // Every page names the feed for readers' feed finders.
    const page = await readFile(join(dir, 'sections/goals/index.html'), 'utf8');
    assert.ok(
      page.includes(
        `<link rel="alternate" type="application/atom+xml" title="${report.title}（订阅）" href="${base}feed.xml">`,
      ),
      'the feed link',
    );
  });
}
