/** The Atom feed's XML (src/shared/feed.ts), input to output. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { atomDate, atomFeed } from '../../src/shared/feed.ts';

const feed = atomFeed({
  title: '政府工作报告',
  url: 'https://report.example/',
  self: 'https://report.example/feed.xml',
  entries: [
    { title: '2014年政府工作报告', url: 'https://report.example/a/', author: '国务院', date: '2014', summary: '甲' },
    {
      title: '七里河区2021年政府工作报告',
      url: 'https://report.example/b/',
      author: '七里河区人民政府',
      date: '2021-04-27',
      summary: '“六稳”<和>“六保”&',
    },
  ],
});

test('the feed is well-formed Atom: newest first, each entry with its title, address, author and date', () => {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => errors.push(`${level}: ${String(message)}`),
  }).parseFromString(feed, 'text/xml');
  assert.deepEqual(errors, []);
  const root = doc.documentElement!;
  assert.equal(root.tagName, 'feed');
  assert.equal(root.getAttribute('xmlns'), 'http://www.w3.org/2005/Atom');
  const entries = Array.from(root.getElementsByTagName('entry'));
  const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent;
  assert.deepEqual(
    entries.map((e) => [text(e, 'title'), text(e, 'id'), text(e, 'updated'), text(e, 'name')]),
    [
      ['七里河区2021年政府工作报告', 'https://report.example/b/', '2021-04-27T00:00:00+08:00', '七里河区人民政府'],
      ['2014年政府工作报告', 'https://report.example/a/', '2014-01-01T00:00:00+08:00', '国务院'],
    ],
  );
  assert.equal(text(entries[0], 'summary'), '“六稳”<和>“六保”&');
  assert.equal(text(root, 'updated'), '2021-04-27T00:00:00+08:00', 'the feed is as new as its newest entry');
});

test('a date that is not YYYY-MM-DD or YYYY is refused', () => {
  assert.equal(atomDate('2021-04-27'), '2021-04-27T00:00:00+08:00');
  assert.throws(() => atomDate('2021年4月'), /YYYY-MM-DD or YYYY/);
});
