/**
 * Bad content must stop the build with a message naming the file and the field (or line).
 * Each case breaks one file of the fixture report. What the model of the report refuses
 * (src/node/content/load-report.ts, which the config runs before anything else) is checked in
 * process, on a copy of the content; one such case, and each case that only rendering or
 * the build's last steps can see, runs Astro on a fresh copy of the project, to show that the
 * message reaches the command line: one case per kind. The other cases of a kind are checked
 * in process where the kind is made: a link to a missing section in
 * tests/unit/remark-internal-links.test.ts, a misspelt field of a search alias in
 * tests/unit/query-reading.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist.ts';
import { fixtureReportProject, modelMessage } from '../support/fixture.ts';

const SECTION = 'content/reports/qilihequ/2021/sections/04-challenges.mdx';
const ENTRY = 'content/reports/qilihequ/2021/glossary/liuwen.md';

interface Case {
  name: string;
  /**
   * `model`: loadReport() in process; `sync`: Astro validates the content (the model's
   * message on the command line); `build`: checks made while rendering and after it.
   */
  command: 'model' | 'sync' | 'build';
  file: string;
  change: (text: string) => string;
  /** Everything the message must name. */
  expect: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'a missing required field',
    command: 'sync',
    file: SECTION,
    change: (t) => t.replace(/^title: .*\n/m, ''),
    expect: ['04-challenges.mdx', /title/, /Required|expected string/i],
  },
  {
    name: 'a string where a number goes',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace('order: 4', 'order: "四"'),
    expect: ['04-challenges.mdx', /order/, /number/],
  },
  {
    name: 'an unknown frontmatter key',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace('order: 4', 'order: 4\ntilte: "困难"'),
    expect: ['04-challenges.mdx', /tilte/],
  },
  {
    name: 'a slug that is not lowercase ASCII',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace('slug: "challenges"', 'slug: "困难和挑战"'),
    expect: ['04-challenges.mdx', /slug/, /lowercase ASCII/],
  },
  {
    name: 'two sections with one order',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace('order: 4', 'order: 3'),
    expect: [/^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:5: field "order": 3 is already used by content\/reports\/qilihequ\/2021\/sections\/03-work-2020\.mdx/m],
  },
  {
    name: 'two sections with one slug (one URL)',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace('slug: "challenges"', 'slug: "goals"'),
    expect: [/^content\/reports\/qilihequ\/2021\/sections\/05-goals\.mdx:4: field "slug": "goals" is already used by content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx/m],
  },
  {
    name: 'a glossary entry without its term',
    command: 'model',
    file: ENTRY,
    change: (t) => t.replace(/^term: .*\n/m, ''),
    expect: ['liuwen.md', /term/],
  },
  {
    name: 'a section in a part that does not exist',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace('part: "review"', 'part: "reveiw"'),
    expect: [/^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:6: field "part": no part "reveiw"/m],
  },
  {
    name: 'a glossary alias claimed by two entries',
    command: 'model',
    file: ENTRY,
    change: (t) => t.replace('aliases: []', 'aliases: ["六保"]'),
    expect: [`${ENTRY}: field "aliases"`, /六保/],
  },
  {
    name: 'a section with an empty body',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace(/---\n\n[\s\S]*$/, '---\n'),
    expect: [`${SECTION}: field "body"`],
  },
  {
    name: 'a hand-written link to a glossary entry that does not exist',
    command: 'build',
    file: SECTION,
    change: (t) => `${t}\n见[六稳](glossary:liuwenn)。\n`,
    expect: ['04-challenges.mdx', /no glossary entry "liuwenn"/],
  },
  {
    name: 'a stray { in Chinese text (MDX that does not parse)',
    command: 'model',
    file: SECTION,
    change: (t) => `${t}\n多地{跑\n`,
    expect: [/^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:\d+: “\{跑”: .*write \\\{ and \\\} to show braces$/m],
  },
  {
    name: 'an indicator with a kind the schema does not know',
    command: 'model',
    file: 'content/reports/qilihequ/2021/indicators.yaml',
    change: (t) => t.replace('kind: achieved', 'kind: done'),
    expect: ['content/reports/qilihequ/2021/indicators.yaml', /field "kind"/],
  },
  {
    name: 'a figure in the data that the text no longer says',
    command: 'build',
    file: 'content/reports/qilihequ/2021/sections/02-achievements.mdx',
    change: (t) => t.replace('2020年达到492.06亿元', '2020年达到492.6亿元'),
    expect: ['content/reports/qilihequ/2021/indicators.yaml', '02-achievements.mdx', /indicator "gdp-2020": field "source\.quote"/],
  },
  {
    name: 'a search alias naming a word the report does not use',
    command: 'build',
    file: 'content/reports/qilihequ/2021/search-aliases.yaml',
    change: (t) => t.replace('  means: [医疗, 医院]', '  means: [医疗, 诊所]'),
    expect: ['content/reports/qilihequ/2021/search-aliases.yaml', /entry 1: field "means": "诊所" does not occur in the report/],
  },
  {
    name: 'a frontmatter field written twice',
    command: 'model',
    file: SECTION,
    change: (t) => t.replace('order: 4', 'order: 4\norder: 5'),
    expect: [/^content\/reports\/qilihequ\/2021\/sections\/04-challenges\.mdx:6: a field is written twice in the frontmatter: keep one of them/m],
  },
  {
    name: 'an empty glossary definition',
    command: 'model',
    file: ENTRY,
    change: (t) => t.replace(/---\n\n[\s\S]*$/, '---\n\n'),
    expect: [/^content\/reports\/qilihequ\/2021\/glossary\/liuwen\.md: field "body": the definition of “六稳” is empty: write what the term means after the frontmatter$/m],
  },
];

/** What the case's check printed, and whether it stopped. */
async function run(item: Case): Promise<{ failed: boolean; output: string }> {
  if (item.command === 'model') {
    const output = await modelMessage({ [item.file]: item.change });
    return { failed: output !== '', output };
  }
  const project = await fixtureReportProject();
  try {
    await project.edit(item.file, item.change);
    const { code, output } = await project.astro(item.command);
    return { failed: code !== 0, output };
  } finally {
    await project.remove();
  }
}

for (const item of cases) {
  test(`${item.name} stops the build and names the file`, async () => {
    const { failed, output } = await run(item);
    assert.ok(failed, `${item.command} should fail:\n${output.slice(-2000)}`);
    for (const expected of item.expect) {
      if (typeof expected === 'string')
        assert.ok(output.includes(expected), `output should name ${expected}:\n${output.slice(-2000)}`);
      else assert.match(output, expected);
    }
  });
}

test('the unchanged content passes the model (the cases above fail for their change)', async () => {
  assert.equal(await modelMessage({}), '');
});

test('the unchanged project builds (the cases above fail for their change)', () => {
  // npm run test:build built the fixture report unchanged, with Astro's checks, before this suite.
  assert.ok(existsSync(join(DIST, 'index.html')), 'npm run test:build built the unchanged fixture report');
});

test('a failed build leaves the previous site in place and no partial output', async () => {
  const project = await fixtureReportProject();
  try {
    await project.write('dist/index.html', 'previous site');
    await project.edit(SECTION, (t) => t.replace('order: 4', 'order: "四"'));
    const { code, output } = await project.node('scripts/build.ts');
    assert.notEqual(code, 0);
    assert.match(output, /dist\/ was left as it was/);
    assert.equal(await readFile(`${project.dir}/dist/index.html`, 'utf8'), 'previous site');
    assert.deepEqual((await readdir(project.dir)).filter((name) => name.includes('staging')), []);
  } finally {
    await project.remove();
  }
});
