import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../support/markdown.ts';

const X = '/site/content/reports/qilihequ/2021/sections/02-x.mdx';

async function render(markdown: string, base = '/') {
  const content = {
    sections: [
      X,
      '/site/content/reports/qilihequ/2021/sections/04-challenges.mdx',
      '/site/content/reports/qilihequ/2021/sections/05-goals.mdx',
    ].map((path) => ({
      path,
      slug: path.replace(/.*\d-|\.mdx$/g, ''),
    })),
    glossary: [{ id: 'liuwen', term: '六稳', aliases: [] }],
  };
  return (await renderMarkdown(markdown, { path: X, base, content })).html;
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
  await assert.rejects(
    render('第一段。\n\n[困难](section:chalenges)'),
    (error: Error & { file?: string; line?: number }) => {
      assert.match(error.message, /no section with slug "chalenges"/);
      assert.equal(error.file, X);
      assert.equal(error.line, 3);
      return true;
    },
  );
  await assert.rejects(render('[旧页面](/sections/old/)'), /link \/sections\/old\/: no such page on this site/);
});
