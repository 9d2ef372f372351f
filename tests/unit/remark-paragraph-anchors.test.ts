import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../support/markdown.ts';

const SECTION = '/c/sections/a.md';

async function render(markdown: string, path: string) {
  return (await renderMarkdown(markdown, { path, content: { sections: [{ path: SECTION, slug: 'a' }] } })).html;
}

test('top-level paragraphs are numbered in reading order; headings and lists are not', async () => {
  const html = await render('甲。\n\n## 标题\n\n乙。\n\n- 列表项\n\n丙。', SECTION);
  assert.deepEqual(
    [...html.matchAll(/<p id="(p\d+)">/g)].map((m) => m[1]),
    ['p1', 'p2', 'p3'],
  );
  assert.match(html, /<li>列表项<\/li>/);
  assert.match(
    html,
    /<p id="p3">丙。<a href="#p3" class="para-anchor" aria-label="第3段的链接" data-pagefind-ignore="">¶<\/a><\/p>/,
  );
});

test('other files are left alone', async () => {
  assert.equal(await render('甲。', '/c/glossary/a.md'), '<p>甲。</p>');
});

test("an author's link to a paragraph is text like any other: figures and terms are found around it, and the ¶ comes last", async () => {
  const { html, data } = await renderMarkdown('甲。\n\n如[上文](#p1)所述，做好六稳工作，2020年达到492.06亿元。', {
    path: SECTION,
    content: {
      sections: [{ path: SECTION, slug: 'a' }],
      glossary: [{ id: 'liuwen', term: '六稳', aliases: [] }],
      indicators: {
        indicators: [
          {
            id: 'gdp',
            indicator: '地区生产总值',
            value: 492.06,
            unit: '亿元',
            period: '2020',
            kind: 'achieved',
            source: { section: 'a', paragraph: 2, quote: '2020年达到492.06亿元' },
          },
        ],
      },
    },
  });
  assert.match(
    html,
    /<p id="p2">如<a href="#p1">上文<\/a>所述，做好<a [^>]*data-term="liuwen"[^>]*>六稳<\/a>工作，2020年达到<a [^>]*id="fig-gdp"[^>]*>492\.06亿元<\/a>。<a href="#p2" class="para-anchor"[^>]*>¶<\/a><\/p>/,
  );
  assert.equal(data.glossary.occurrences[0].before, '如上文所述，做好');
  assert.equal(data.indicators.gdp.paragraph, 'p2');
});

test("the model's anchors name the paragraphs; a gone paragraph's anchor lands on the one in its place; the ¶ is named by the number on the page", async () => {
  // As after a paragraph was inserted at the top (p4, new) and the old p2 removed.
  const { html, data } = await renderMarkdown('新增。\n\n甲。\n\n做好六稳工作。', {
    path: SECTION,
    content: {
      sections: [{ path: SECTION, slug: 'a', paragraphs: 3, anchors: ['p4', 'p1', 'p3'], aliases: [[], [], ['p2']] }],
      glossary: [{ id: 'liuwen', term: '六稳', aliases: [] }],
    },
  });
  assert.deepEqual(
    [...html.matchAll(/<(?:p|span) id="(p\d+)">/g)].map((m) => m[1]),
    ['p4', 'p1', 'p3', 'p2'],
  );
  assert.match(html, /<p id="p3"><span id="p2"><\/span>做好/);
  assert.match(html, /<a href="#p3" class="para-anchor" aria-label="第3段的链接"/);
  assert.deepEqual(
    data.glossary.occurrences.map(({ paragraph, number }) => [paragraph, number]),
    [['p3', 3]],
  );
});
