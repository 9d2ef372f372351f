import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphPlaces, placeName, sectionPlaces, type PlaceBlock } from '../../src/shared/places.ts';
import { sectionBlocks } from '../../src/node/content/section-blocks.ts';
import { renderMarkdown } from '../support/markdown.ts';

const P: PlaceBlock = { kind: 'paragraph' };
const H = (text: string): PlaceBlock => ({ kind: 'heading', text });

test('a place is named by part, area and paragraph, as readers cite the report', () => {
  assert.equal(placeName('二', '三', 2), '第二部分（三）第2段');
  assert.equal(placeName('一', undefined, 5), '第一部分第5段');
  assert.equal(placeName(undefined, undefined, 5), undefined);
});

test('paragraphs count from their area, an area heading inside a section starting the count again', () => {
  assert.deepEqual(
    paragraphPlaces({ part: '三', before: 0 }, [P, P, H('（一）扩大内需'), P, H('（二）科技创新'), P, P]),
    ['第三部分第1段', '第三部分第2段', '第三部分（一）第1段', '第三部分（二）第1段', '第三部分（二）第2段'],
  );
  // A heading without the report's numbering does not start an area.
  assert.deepEqual(paragraphPlaces({ part: '一', area: '二', before: 3 }, [H('一是稳就业'), P]), [
    '第一部分（二）第4段',
  ]);
});

test('sections: a numbered title starts its part or area, a piece of a part counts on from the one before', () => {
  const parts = new Map([
    ['one', '一、2025年工作回顾'],
    ['two', '二、2026年重点工作'],
    ['lead', '导语'],
  ]);
  assert.deepEqual(
    sectionPlaces(
      [
        { part: 'one', title: '一、2025年工作回顾', blocks: [P, P, P] },
        { part: 'one', title: '美丽城市建设成效凸显', blocks: [P, P] },
        { part: 'two', title: '二、2026年重点工作', blocks: [P, H('（一）扩大内需'), P, P] },
        { part: 'two', title: '扩大内需的后半', blocks: [P] },
        { part: 'two', title: '（二）科技创新', blocks: [P] },
        { part: 'two', title: '科技创新的后半', blocks: [P] },
        { part: 'lead', title: '导语', blocks: [P] },
      ],
      parts,
    ),
    [
      { part: '一', before: 0 },
      { part: '一', before: 3 },
      { part: '二', before: 0 },
      { part: '二', area: '一', before: 2 },
      { part: '二', area: '二', before: 0 },
      { part: '二', area: '二', before: 1 },
      { part: undefined, before: 0 },
    ],
  );
});

test("a section's MDX read as headings and paragraphs, imports, components, lists and tables left out", () => {
  const body = [
    "import Captions from '../../../../../src/components/Captions.astro';",
    '<Captions items={["图一"]} />',
    '## （一）扩大**内需**',
    '第一段，\n仍是第一段。',
    '- 列表',
    '| 表 | 格 |\n| - | - |',
    '第二段。',
  ].join('\n\n');
  assert.deepEqual(sectionBlocks(body), [
    H('（一）扩大内需'),
    { kind: 'paragraph', text: '第一段，\n仍是第一段。' },
    { kind: 'paragraph', text: '第二段。' },
  ]);
});

test('the paragraphs carry their place, and the ¶ link is named by it', async () => {
  const path = '/site/content/reports/qilihequ/2021/sections/01-test.mdx';
  const { html } = await renderMarkdown('导语。\n\n## （一）扩大内需\n\n甲。\n\n乙。', {
    path,
    content: { sections: [{ path, slug: 'test', place: { part: '三', before: 0 }, paragraphs: 3 }] },
  });
  assert.match(html, /<p id="p1" data-place="第三部分第1段">导语。<a [^>]*aria-label="第三部分第1段的链接"/);
  assert.match(html, /<p id="p3" data-place="第三部分（一）第2段">乙。/);
});

test('a section Markdown reads otherwise than the model stops the build at its file', async () => {
  const path = '/site/content/reports/qilihequ/2021/sections/01-test.mdx';
  await assert.rejects(
    renderMarkdown('甲。\n\n乙。', {
      path,
      content: { sections: [{ path, slug: 'test', place: { before: 0 }, paragraphs: 3 }] },
    }),
    /^Error: \/site\/content\/reports\/qilihequ\/2021\/sections\/01-test\.mdx: Markdown makes 2 paragraphs of this section where its text reads as 3/,
  );
});
