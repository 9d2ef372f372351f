/**
 * Text is text: a brace, a `<` or other MDX syntax in a sentence either shows as written
 * or stops the build at the file and line with the fix; raw scripts, frames, styles,
 * embedded objects, event handlers and `javascript:` links stop it. Each case breaks one
 * file of the fixture report.
 *
 * "The first line" of an error: Astro and Vite print progress lines (and warnings) before
 * it, so the error is the first line of the output that starts with `content/`; it must
 * name the file, the line and what to write instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURE_REPORT_DIR, fixtureReportProject, modelMessage } from '../support/fixture.ts';
import { variantSite, WINDOWS_FILES } from '../support/variant-sites.ts';
import { createEngine } from '../../src/shared/search/engine.ts';
import type { QueryReading, SearchData, TraditionalTable } from '../../src/shared/search/types.ts';

const SECTION = 'content/reports/qilihequ/2021/sections/04-challenges.mdx';
/** The section has 9 lines; a paragraph appended after a blank line is line 11. */
const appended = (text: string) => (t: string) => `${t}\n${text}\n`;

/** The error's first line: the first line of the output that starts with `content/`. */
function firstContentLine(output: string): string {
  const line = output.split('\n').find((l) => l.startsWith('content/'));
  assert.ok(line, `no line starts with content/:\n${output.slice(-3000)}`);
  return line;
}

interface Case {
  name: string;
  change: (text: string) => string;
  /** The error's first line, in full. */
  first: RegExp;
}

const BRACES = 'write \\\\\\{ and \\\\\\} to show braces';
const cases: Case[] = [
  { name: '{2021} in a sentence (evaluated today)', change: appended('2021年是{2021}年。'), first: new RegExp(`^content/reports/qilihequ/2021/sections/04-challenges\\.mdx:11: “\\{2021\\}”: MDX reads what is inside braces as code: ${BRACES}$`) },
  { name: '（见附表{1}） (braces dropped today)', change: appended('详见（见附表{1}）。'), first: new RegExp(`^content/reports/qilihequ/2021/sections/04-challenges\\.mdx:11: “\\{1\\}”: .*${BRACES}$`) },
  { name: '{六稳} (located in a compiled chunk today)', change: appended('做好{六稳}工作。'), first: new RegExp(`^content/reports/qilihequ/2021/sections/04-challenges\\.mdx:11: “\\{六稳\\}”: .*${BRACES}$`) },
  { name: '浓度<35 (“Unexpected character” today)', change: appended('PM2.5平均浓度<35微克/立方米。'), first: /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:11: “<35微克\/”: a < starts a tag in MDX: write 小于 or \\< to show it$/ },
  { name: 'a raw <script> (shipped today)', change: appended('<script>alert(1)</script>'), first: /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:11: “<script>”: <script> is not allowed in content .*remove it/ },
  { name: 'an <iframe>', change: appended('<iframe src="https://example.com"></iframe>'), first: /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:11: “<iframe src="https:\/\/ex…”: <iframe> is not allowed in content .*remove it/ },
  { name: 'an onclick handler', change: appended('<a href="#" onclick="alert(1)">点此</a>'), first: /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:11: .*an event handler \(onclick=\) runs code and is not allowed in content; remove it$/ },
  { name: 'a javascript: link', change: appended('[点此](javascript:alert(1))'), first: /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:11: link “javascript:alert\(1”: a javascript: link runs code; link to a page instead$/ },
];

// These are found by the model of the report, which the config loads first: in process,
// on a copy of the content; the first case also through `astro sync`, to show that the
// message is the first line the command prints.
for (const [i, item] of cases.entries()) {
  test(`${item.name} stops the build at its line, with the fix`, async () => {
    const message = await modelMessage({ [SECTION]: item.change });
    assert.match(firstContentLine(message), item.first);
    if (i > 0) return;
    const project = await fixtureReportProject();
    try {
      await project.edit(SECTION, item.change);
      const { code, output } = await project.astro('sync');
      assert.equal(code, 1, output.slice(-2000));
      assert.match(firstContentLine(output), item.first);
    } finally {
      await project.remove();
    }
  });
}

test('the unchanged content passes the same check (the cases above fail for their change)', async () => {
  assert.equal(await modelMessage({}), '');
});

test('the Markdown pipeline stops what the model did not see, at the file and line', async () => {
  // The second line of defence alone: the model's check of the text taken out of the copy.
  const project = await fixtureReportProject();
  try {
    await project.edit('src/node/content/load-report.ts', (t) => {
      const without = t.replace(/^\s*problems\.push\(\.\.\.checkText\(.*\n/gm, '');
      assert.notEqual(without, t);
      return without;
    });
    await project.edit(SECTION, appended('做好{六稳}工作。'));
    const { code, output } = await project.astro('build');
    assert.equal(code, 1, output.slice(-2000));
    assert.match(firstContentLine(output), /^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:11: “\{六稳\}”: MDX reads what is inside braces as code: write \\\{ and \\\} to show braces$/);
  } finally {
    await project.remove();
  }
});

// What must show as written, a sentence in traditional characters, and sections saved with a
// BOM and CRLF: the `edited` variant of the report (tests/support/variant-sites.ts), built
// once per run under /report/.
const edited = await variantSite('edited');
const page = (slug: string) => edited.page(`sections/${slug}/index.html`);

test('escaped braces and < show as written', async () => {
  assert.match(await page('challenges'), /写作\{2021\}和（见附表\{1\}），浓度(&#x3C;|&lt;)35。/);
});

test('a sentence in traditional characters builds, and search finds it by its simplified form', async () => {
  const dist = join(edited.dist, 'search');
  const data = JSON.parse(await readFile(join(dist, 'data.json'), 'utf8')) as SearchData;
  const engine = createEngine({
    data: async () => data,
    reading: async () => JSON.parse(await readFile(join(dist, 'reading.json'), 'utf8')) as QueryReading,
    traditional: async () => JSON.parse(await readFile(join(dist, 't2s.json'), 'utf8')) as TraditionalTable,
    commonReadings: async () => ({}),
    related: async () => [],
  });
  const found = await engine.search('持续优化营商环境，提升服务效能');
  assert.deepEqual(
    found.exact.map((hit) => `${hit.page.url}#${hit.passage.anchor}`),
    ['/report/sections/challenges/#p3'],
  );
  // The rest of the report is still found from a query in traditional characters.
  const converted = await engine.search('兩不愁三保障');
  assert.equal(converted.conversion, 'traditional');
  assert.ok(converted.exact.length > 0);
});

test('a section saved with a byte-order mark and CRLF line ends builds as the same page', async () => {
  // The page as the unchanged file makes it: its title, and every paragraph (p1, p2…).
  const source = await readFile(join(FIXTURE_REPORT_DIR, 'sections/06-projects.mdx'), 'utf8');
  const title = /^title: "(.*)"$/m.exec(source)![1];
  const paragraphs = source.split('---\n')[2].split(/\n\n+/).filter((p) => p.trim() && !p.startsWith('#'));
  for (const file of WINDOWS_FILES) assert.match(await edited.content(file), /^\uFEFF[^]*\r\n/, `${file} as Windows saves it`);
  for (const slug of ['overview', 'projects']) assert.doesNotMatch(await page(slug), /\uFEFF|\r/, slug);
  const projects = await page('projects');
  assert.equal(projects.match(/<h1>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, ''), title);
  assert.equal(projects.match(/<p id="p\d+"/g)?.length, paragraphs.length);
  assert.ok(projects.includes(`<p id="p2">${paragraphs[1].slice(0, 40)}`));
  const overview = await page('overview');
  assert.match(overview, /<h1>.*导语.*<\/h1>/s);
  assert.equal(overview.match(/<aside class="captions"[\s\S]*?<\/aside>/)?.[0].match(/<li>/g)?.length, 12);
  assert.match(overview, /7433名贫困人口全部脱贫/);
});
