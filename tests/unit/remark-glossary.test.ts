import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown, SECTION_PATH } from '../support/markdown.ts';

const terms = [
  { id: 'liuwen', term: '六稳', aliases: [] },
  { id: 'liubao', term: '六保', aliases: [] },
  { id: 'sanbuguanlouyuan', term: '三不管楼院', aliases: ['“三不管”楼院'] },
  { id: '12355', term: '12355', aliases: [] },
];
async function render(markdown: string, path = SECTION_PATH, base = '/') {
  const { html, data } = await renderMarkdown(markdown, { path, base, content: { glossary: terms } });
  return { html, data: data.glossary };
}

test('the first mention of each term in a section links to its entry', async () => {
  const { html } = await render('做好“六稳”工作、落实“六保”任务。\n\n继续做好“六稳”工作。');
  assert.equal(html.match(/class="term"/g)?.length, 2);
  assert.match(
    html,
    /“<a href="\/glossary\/liuwen\/" class="term" data-term="liuwen" aria-describedby="def-liuwen">六稳<\/a>”工作/,
  );
  assert.match(html, /继续做好“六稳”工作。/);
});

test('links honour the base path', async () => {
  const { html } = await render('按照“12355”的发展思路。', undefined, '/report/');
  assert.match(html, /href="\/report\/glossary\/12355\/"/);
});

test('aliases link to their entry', async () => {
  const { html } = await render('引导多元主体共同参与“三不管”楼院管理。');
  assert.match(html, /<a [^>]*data-term="sanbuguanlouyuan"[^>]*>“三不管”楼院<\/a>管理/);
});

test('no link inside a heading or inside another link; the next mention is linked instead', async () => {
  const { html } = await render('## 六稳工作\n\n[做好六稳](https://example.org/)\n\n落实六稳任务。');
  assert.match(html, /<h2>六稳工作<\/h2>/);
  assert.match(html, /<a href="https:\/\/example.org\/">做好六稳<\/a>/);
  assert.match(html, /落实<a [^>]*data-term="liuwen"[^>]*>六稳<\/a>任务/);
});

test('terms inside CJK emphasis are linked, and the emphasis still renders', async () => {
  const { html } = await render('**做好“六稳”工作。**继续推进。');
  assert.match(html, /<strong>做好“<a [^>]*>六稳<\/a>”工作。<\/strong>继续推进/);
});

test('paragraphs get ids and a ¶ link; occurrences name the paragraph with an excerpt', async () => {
  const { html, data } = await render('第一段。\n\n第二段讲六稳和六保。\n\n第三段又讲六稳。');
  assert.match(
    html,
    /<p id="p2">第二段讲<a [^>]*>六稳<\/a>和<a [^>]*>六保<\/a>。<a href="#p2" class="para-anchor" aria-label="第2段的链接" data-pagefind-ignore="">¶<\/a><\/p>/,
  );
  assert.deepEqual(data?.linked, ['liuwen', 'liubao']);
  assert.deepEqual(
    data?.occurrences.map((o) => [o.entry, o.paragraph, o.before, o.text, o.after]),
    [
      ['liuwen', 'p2', '第二段讲', '六稳', '和六保。'],
      ['liubao', 'p2', '第二段讲六稳和', '六保', '。'],
      ['liuwen', 'p3', '第三段又讲', '六稳', '。'],
    ],
  );
});

test('files that are not sections are not auto-linked or numbered', async () => {
  const { html, data } = await render(
    '指稳就业，与六保并称。',
    '/site/content/reports/qilihequ/2021/glossary/liuwen.md',
  );
  assert.equal(html, '<p>指稳就业，与六保并称。</p>');
  assert.deepEqual(data, { linked: [], occurrences: [] });
});

test('a hand-written link resolves to the entry', async () => {
  const { html } = await render(
    '见[稳就业等六项](glossary:liuwen)。',
    '/site/content/reports/qilihequ/2021/glossary/liubao.md',
  );
  assert.match(
    html,
    /<a href="\/glossary\/liuwen\/" class="term" data-term="liuwen" aria-describedby="def-liuwen">稳就业等六项<\/a>/,
  );
});

test('a hand-written link to a missing entry stops with the file, line and id', async () => {
  await assert.rejects(
    render('第一段。\n\n见[六稳](glossary:liuwenn)。'),
    (error: Error & { file?: string; line?: number }) => {
      assert.match(error.message, /no glossary entry "liuwenn"/);
      assert.equal(error.file, SECTION_PATH);
      assert.equal(error.line, 3);
      return true;
    },
  );
});
