import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkInternalLinks from '../../src/node/markdown/remark-internal-links.ts';

async function render(markdown: string, base = '/') {
  const file = new VFile({ value: markdown, path: '/site/content/sections/02-x.mdx' });
  return String(
    await unified()
      .use(remarkParse)
      .use(remarkInternalLinks, { base, sections: ['challenges', 'goals'], glossary: ['liuwen'] })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
}

test('section: links resolve to the section, with its fragment and the base path', async () => {
  assert.match(await render('见[困难和挑战](section:challenges)。'), /href="\/sections\/challenges\/"/);
  assert.match(await render('见[第1段](section:goals#p1)。', '/report/'), /href="\/report\/sections\/goals\/#p1"/);
});

test('site-absolute links to existing pages get the base path', async () => {
  assert.match(await render('[六稳](/glossary/liuwen/)', '/report/'), /href="\/report\/glossary\/liuwen\/"/);
  assert.match(await render('[搜索](/search/?q=六稳)', '/report/'), /href="\/report\/search\/\?q=/);
});

test('external links are left alone', async () => {
  assert.match(await render('[外链](https://example.org/a)'), /href="https:\/\/example.org\/a"/);
});

test('a link to a section or page that does not exist stops with the file, line and link', async () => {
  await assert.rejects(render('第一段。\n\n[困难](section:chalenges)'), (error: Error & { file?: string; line?: number }) => {
    assert.match(error.message, /no section with slug "chalenges"/);
    assert.equal(error.file, '/site/content/sections/02-x.mdx');
    assert.equal(error.line, 3);
    return true;
  });
  await assert.rejects(render('[旧页面](/sections/old/)'), /link \/sections\/old\/: no such page on this site/);
});
