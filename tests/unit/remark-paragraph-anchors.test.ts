import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkParagraphAnchors from '../../src/node/markdown/remark-paragraph-anchors.ts';

async function render(markdown: string, path: string) {
  const file = new VFile({ value: markdown, path });
  return String(
    await unified().use(remarkParse).use(remarkParagraphAnchors, { isSection: (p) => p.includes('/sections/') }).use(remarkRehype).use(rehypeStringify).process(file),
  );
}

test('top-level paragraphs are numbered in reading order; headings and lists are not', async () => {
  const html = await render('甲。\n\n## 标题\n\n乙。\n\n- 列表项\n\n丙。', '/c/sections/a.md');
  assert.deepEqual([...html.matchAll(/<p id="(p\d+)">/g)].map((m) => m[1]), ['p1', 'p2', 'p3']);
  assert.match(html, /<li>列表项<\/li>/);
  assert.match(html, /<p id="p3">丙。<a href="#p3" class="para-anchor" aria-label="第3段的链接" data-pagefind-ignore="">¶<\/a><\/p>/);
});

test('other files are left alone', async () => {
  assert.equal(await render('甲。', '/c/glossary/a.md'), '<p>甲。</p>');
});
