/**
 * remark-text-only, first in the pipeline: what MDX or Markdown parsed as code or markup
 * stops at the file and line (the first line of the build's error), with the fix; the
 * sections' components, escapes and plain text pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { renderMarkdown } from '../support/markdown.ts';

/** A section of the project, so that the message names it as the build does. */
const PATH = join(process.cwd(), 'content/reports/qilihequ/2021/sections/04-challenges.mdx');
const FIGURES = "import Captions from '../../../../../src/components/Captions.astro';";

async function failure(text: string, mdx = true): Promise<string> {
  try {
    await renderMarkdown(text, { path: PATH, mdx });
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail(`should stop: ${text}`);
}

test('an MDX expression in the text stops at its line, with the fix', async () => {
  assert.equal(
    await failure('第一段。\n\n2021年{2021}。'),
    'content/reports/qilihequ/2021/sections/04-challenges.mdx:3: “{2021}”: MDX reads what is inside braces as code: write \\{ and \\} to show braces',
  );
  assert.match(
    await failure('{六稳}'),
    /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:1: “\{六稳\}”.*write \\\{ and \\\}/,
  );
  assert.match(await failure(`${FIGURES}\n\n<Captions count={1}>\n\n{x}\n\n</Captions>`), /:5: “\{x\}”/);
});

test('elements other than the components, handlers, code in attributes and javascript: links stop', async () => {
  const cases: [string, RegExp][] = [
    [
      '<script>{"alert(1)"}</script>',
      /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:1: <script> is not allowed in content/,
    ],
    ['正文\n\n<iframe src="https://example.com" />', /:3: <iframe> is not allowed/],
    [
      '加<b>粗</b>',
      /:1: <b> is read as a tag, not shown \(only <Captions> may be used in a section\): write 小于 or \\</,
    ],
    ['<>片段</>', /<> is read as a tag/],
    [
      `${FIGURES}\n\n<Captions count={12} onClick={() => 1}>\n</Captions>`,
      /:3: attribute onClick on <Captions>: event handlers are not allowed/,
    ],
    [
      `${FIGURES}\n\n<Captions count={globalThis.x} />`,
      /:3: attribute count on <Captions>: “\{globalThis\.x\}” is code/,
    ],
    [`${FIGURES}\n\n<Captions {...x} />`, /<Captions> takes only count/],
    ['[点此](javascript:alert(1))', /:1: link “javascript:alert\(1\)”: a javascript: link runs code/],
    ['[点此](java&#115;cript:alert(1))', /a javascript: link runs code/],
    ['export const a = 1;', /:1: “export const a = 1;”: a section imports only its components/],
  ];
  for (const [text, expected] of cases) assert.match(await failure(text), expected, text);
});

test('raw HTML in Markdown (a glossary entry) stops', async () => {
  assert.match(await failure('指六稳。<script>alert(1)</script>', false), /<script> is not allowed in content/);
  assert.match(await failure('<iframe src="x"></iframe>', false), /<iframe> is not allowed in content/);
  assert.match(await failure('指<b>六稳</b>。', false), /“<b>” is HTML, not text: write 小于 or \\</);
  assert.match(await failure('[点此](javascript:alert(1))', false), /a javascript: link runs code/);
});

test('escapes show the characters; the components pass with their attributes', async () => {
  const { html } = await renderMarkdown('\\{2021\\}、（见附表\\{1\\}）、浓度\\<35', { mdx: true });
  assert.match(html, /\{2021\}、（见附表\{1\}）、浓度&#x3C;35/);
  await renderMarkdown(`${FIGURES}\n\n<Captions count={12}>\n\n- 黄河楼\n\n</Captions>\n\n正文。`, { mdx: true });
  await renderMarkdown(`${FIGURES}\n\n<Captions count="12" />`, { mdx: true });
  // In Markdown, braces are text.
  assert.match((await renderMarkdown('指{六稳}。')).html, /指\{六稳\}。/);
});
