/**
 * Text is text (src/node/content/check-text.ts): every brace, `<`, import, event handler or
 * `javascript:` link that MDX or Markdown would not show as written is one problem at its
 * line, with the fix; escapes, code and the sections' components pass. The importer's
 * escaping and the check agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, tokenize } from '../../src/node/content/check-text.ts';
import { loadReport } from '../../src/node/content/load-report.ts';
import { escapeMdxText } from '../../src/importer/mdx-text.ts';
import { formatProblem } from '../../src/shared/content-error.ts';
import { FIXTURE } from '../support/fixture.ts';

const FILE = 'content/reports/qilihequ/2021/sections/04-challenges.mdx';
const FIGURES = "import Captions from '../../../../../src/components/Captions.astro';";

/** The problems of a section body that starts at line 8, as the build prints them. */
const problems = (body: string, kind: 'mdx' | 'md' = 'mdx') =>
  checkText(body, { file: FILE, bodyLine: 8, kind }).map(formatProblem);

test('braces in running text stop at their line, with the fix', () => {
  assert.deepEqual(problems('第一段。\n\n2021年{2021}。'), [
    `${FILE}:10: “{2021}”: MDX reads what is inside braces as code: write \\{ and \\} to show braces`,
  ]);
  assert.match(
    problems('（见附表{1}）')[0],
    /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:8: “\{1\}”.*write \\\{ and \\\} to show braces$/,
  );
  assert.match(problems('{六稳}')[0], /:8: “\{六稳\}”/);
  assert.match(problems('多地{跑')[0], /:8: “\{跑”.*not closed.*write \\\{ and \\\}/);
  assert.match(problems('多地}跑')[0], /:8: .*a \} in MDX closes code: write \\\{ and \\\}/);
});

test('a < that does not start a component stops, with the fix', () => {
  assert.deepEqual(problems('PM2.5浓度<35微克。'), [
    `${FILE}:8: “<35微克。”: a < starts a tag in MDX: write 小于 or \\< to show it`,
  ]);
  assert.match(problems('a < b')[0], /write 小于 or \\</);
  assert.match(
    problems('加<b>粗</b>')[0],
    /“<b>” is read as a tag, not shown \(only <Captions> may be used here\): write 小于 or \\</,
  );
  assert.match(problems('<!-- 注释 -->')[0], /a < starts a tag/);
});

test('scripts, frames, styles, objects, event handlers and javascript: links stop the build', () => {
  const cases: [string, RegExp][] = [
    ['<script>alert(1)</script>', /<script> is not allowed in content/],
    ['<SCRIPT src="x.js">', /<script> is not allowed in content/],
    ['<iframe src="https://example.com">', /<iframe> is not allowed in content/],
    ['<style>body{}</style>', /<style> is not allowed in content/],
    ['<object data="x">', /<object> is not allowed in content/],
    ['<embed src="x">', /<embed> is not allowed in content/],
    ['<img src="x" onerror="alert(1)">', /event handler \(onerror=\)/],
    ['<a href="#" onclick="x()">点</a>', /event handler \(onclick=\)/],
    ['[点此](javascript:alert(1))', /link “javascript:alert\(1”: a javascript: link runs code/],
    ['[点此]( JavaScript:alert(1))', /a javascript: link runs code/],
    ['[点此](java&#115;cript:alert(1))', /a javascript: link runs code/],
    ['[点此][x]\n\n[x]: javascript:alert(1)', /a javascript: link runs code/],
    ['export const a = 1;', /a section imports only its components/],
    ["import X from 'node:fs';", /a section imports only its components/],
  ];
  for (const [body, expected] of cases) {
    const found = problems(body);
    assert.ok(found.length > 0, body);
    assert.match(found[0], /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:\d+: /, body);
    assert.match(found[0], expected, body);
  }
});

test("the sections' components pass with their attributes; anything else on them stops", () => {
  const figures = `${FIGURES}\n\n<Captions count={12}>\n\n- 黄河楼\n\n</Captions>\n\n正文。`;
  assert.deepEqual(problems(figures), []);
  assert.deepEqual(problems(`${FIGURES}\n\n<Captions count="3" />`), []);
  assert.match(
    problems(`${FIGURES}\n\n<Captions count={12} onclick="x()">`)[0],
    /:10: attribute onclick on <Captions>: event handlers are not allowed/,
  );
  assert.match(
    problems(`${FIGURES}\n\n<Captions count={fetch('x')}>`)[0],
    /:10: attribute count on <Captions>: “\{fetch\('x'\)\}” is code; write a number or a string/,
  );
  assert.match(
    problems(`${FIGURES}\n\n<Captions title="x">`)[0],
    /attribute title on <Captions>: <Captions> takes count/,
  );
  assert.match(
    problems('<Captions count={12}>\n\n</Captions>')[0],
    /:8: <Captions> is used but not imported: write import Captions from/,
  );
});

test('escapes, code spans and code blocks show the characters and pass', () => {
  assert.deepEqual(problems('\\{2021\\}、（见附表\\{1\\}）、浓度\\<35、\\<b\\>'), []);
  assert.deepEqual(problems('写作`{x} <y>`即可。'), []);
  assert.deepEqual(problems('```\n{x} <script>\n```\n'), []);
});

test('every occurrence is one problem, in the order of the lines', () => {
  const found = problems('甲{1}乙{2}。\n\n丙<3。\n\n<script>');
  assert.deepEqual(
    found.map((line) => line.split(': ')[0]),
    [`${FILE}:8`, `${FILE}:8`, `${FILE}:10`, `${FILE}:12`],
  );
});

test('in a glossary entry (Markdown) braces are text; tags stop', () => {
  assert.deepEqual(problems('指{六稳}和“六保”。', 'md'), []);
  assert.match(problems('指<b>六稳</b>。', 'md')[0], /is read as a tag, not shown: write 小于 or \\</);
  assert.match(problems('<script>x</script>', 'md')[0], /<script> is not allowed in content/);
  assert.match(problems('<Captions count={1}>', 'md')[0], /is read as a tag/);
});

test('what the importer escapes passes the check', () => {
  const text = '浓度<35、{六稳}、a}b、<script>alert(1)</script>、[x](javascript:y)、`code`、# 非标题';
  assert.deepEqual(problems(escapeMdxText(text)), []);
  assert.deepEqual(problems(escapeMdxText(text), 'md'), []);
});

test('the tokenizer marks code and escapes, which no rule reads, and leaves prose out', () => {
  assert.deepEqual(tokenize('写作`{x} <y>`即可，`未闭', 'mdx'), [{ type: 'code', at: 2, text: '`{x} <y>`' }]);
  const fence = '```\n{x} <script>\n```\n';
  assert.deepEqual(tokenize(`${fence}正文`, 'mdx'), [{ type: 'code', at: 0, text: fence }]);
  assert.deepEqual(tokenize('\\{1\\}', 'mdx'), [
    { type: 'escape', at: 0, text: '\\{' },
    { type: 'escape', at: 3, text: '\\}' },
  ]);
  assert.deepEqual(tokenize('第一段。\n\n第二段。', 'mdx'), []);
});

test('the tokenizer reads braces, a stray < and tags with what their messages quote', () => {
  assert.deepEqual(tokenize('甲{1{2}}乙}', 'mdx'), [
    { type: 'expression', at: 1, text: '{1{2}}', closed: true },
    { type: 'closingBrace', at: 8, text: '1{2}}乙}' },
  ]);
  assert.deepEqual(tokenize('多地{跑步锻炼身体', 'mdx'), [
    { type: 'expression', at: 2, text: '{跑步锻炼身体', closed: false },
  ]);
  assert.deepEqual(tokenize('浓度<35微克/立方米', 'mdx'), [{ type: 'lessThan', at: 2, text: '<35微克/' }]);
  assert.deepEqual(tokenize('<a href="#" onclick="x()">点</a>', 'mdx'), [
    { type: 'tag', at: 0, name: 'a', text: '<a href="#" onclick="x()">', handler: 'onclick' },
    { type: 'tag', at: 27, name: 'a', text: '</a>', handler: undefined },
  ]);
});

test('the tokenizer reads link destinations as the messages quote them', () => {
  const link = { type: 'link', at: 3, url: 'javascript:alert(1' };
  assert.deepEqual(tokenize('[点此](javascript:alert(1))', 'mdx'), [link]);
  assert.deepEqual(tokenize('[x]: javascript:y', 'mdx'), [{ type: 'link', at: 0, url: 'javascript:y' }]);
});

test("the tokenizer reads imports and the components' tags attribute by attribute", () => {
  const body = `${FIGURES}\nexport const a = 1;\n\n<Captions count={12} title="x">\n\n</Captions>`;
  assert.deepEqual(tokenize(body, 'mdx'), [
    { type: 'esm', at: 0, text: FIGURES },
    { type: 'esm', at: 69, text: 'export const a = 1;' },
    { type: 'component', at: 90, name: 'Captions', closing: false },
    { type: 'attribute', at: 100, tag: 'Captions', name: 'count' },
    { type: 'value', at: 106, tag: 'Captions', attribute: 'count', text: '12', braces: true },
    { type: 'attribute', at: 111, tag: 'Captions', name: 'title' },
    { type: 'value', at: 117, tag: 'Captions', attribute: 'title', text: 'x', braces: false },
    { type: 'component', at: 123, name: 'Captions', closing: true },
  ]);
  assert.deepEqual(tokenize('<Captions count=12>', 'mdx'), [
    { type: 'component', at: 0, name: 'Captions', closing: false },
    { type: 'attribute', at: 10, tag: 'Captions', name: 'count' },
    { type: 'unclosed', at: 16, tag: 'Captions', closing: false, text: '12>' },
  ]);
});

test('in a glossary entry (Markdown) the tokenizer reads no braces, imports or components', () => {
  assert.deepEqual(tokenize(`${FIGURES}\n\n<Captions count={1}>{x}`, 'md'), [
    { type: 'tag', at: 70, name: 'Captions', text: '<Captions count={1}>', handler: undefined },
  ]);
});

test('every section and entry of the fixture report passes', () => {
  assert.doesNotThrow(() => loadReport(FIXTURE));
});
