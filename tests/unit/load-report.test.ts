/**
 * The model of the report: every file checked by its schema, the rules across files, and
 * every problem reported at its file and line, all of them at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReport } from '../../src/node/content/load-report.ts';
import { pageModel } from '../../src/node/integrations/report-model.ts';
import { formatProblem } from '../../src/shared/content-error.ts';
import { contentProject, problemsOf, REPORT_JSON } from '../support/content-project.ts';

const section = (slug: string, order: number, extra = '') =>
  `---\ntitle: "标题${order}"\nshortTitle: "短${order}"\nslug: "${slug}"\norder: ${order}\npart: "review"\n${extra}---\n\n正文第${order}段。\n`;
const entry = (term: string, order: number, aliases = '[]') =>
  `---\nterm: "${term}"\norder: ${order}\naliases: ${aliases}\n---\n\n指${term}的意思。\n`;

function project(files: Record<string, string>): string {
  return contentProject({
    'content/reports/qilihequ/2021/report.json': REPORT_JSON,
    'content/reports/qilihequ/2021/parts.json': JSON.stringify([{ id: 'review', order: 1, title: '回顾' }]),
    'content/reports/qilihequ/2021/sections/01-alpha.mdx': section('alpha', 1),
    'content/reports/qilihequ/2021/sections/02-beta.mdx': section('beta', 2),
    'content/reports/qilihequ/2021/glossary/liuwen.md': entry('六稳', 2),
    'content/reports/qilihequ/2021/glossary/liubao.md': entry('六保', 1),
    'content/reports/qilihequ/2021/indicators.yaml':
      'indicators:\n  - { id: a, indicator: 甲, value: 1, unit: 个, period: "2020", kind: achieved, source: { section: alpha, paragraph: 1, quote: 1个 } }\n',
    ...files,
  });
}

test('the model holds the report in reading order, the glossary in its own order', () => {
  const model = loadReport(project({}));
  assert.deepEqual(
    model.sections.map((s) => [s.file, s.slug]),
    [
      ['content/reports/qilihequ/2021/sections/01-alpha.mdx', 'alpha'],
      ['content/reports/qilihequ/2021/sections/02-beta.mdx', 'beta'],
    ],
  );
  assert.deepEqual(
    model.glossary.map((g) => [g.id, g.term, g.definition]),
    [
      ['liubao', '六保', '指六保的意思。'],
      ['liuwen', '六稳', '指六稳的意思。'],
    ],
  );
  assert.equal(model.report.headline, '标题');
  assert.equal(model.indicators.indicators[0].id, 'a');
});

test('a byte-order mark and CRLF line ends are read as the editor meant them', () => {
  const model = loadReport(
    project({
      'content/reports/qilihequ/2021/sections/02-beta.mdx': `\uFEFF${section('beta', 2).replace(/\n/g, '\r\n')}`,
    }),
  );
  assert.equal(model.sections[1].slug, 'beta');
  assert.equal(model.sections[1].body, '\n正文第2段。\n');
});

test('a field written twice is named at its line in the file', () => {
  const [first] = problemsOf(
    project({ 'content/reports/qilihequ/2021/sections/02-beta.mdx': section('beta', 2, 'order: 3\n') }),
  );
  assert.match(
    first,
    /^content\/reports\/qilihequ\/2021\/sections\/02-beta\.mdx:7: a field is written twice in the frontmatter/,
  );
});

test('schema problems name the file, the line and the field; an unknown key by its name', () => {
  const problems = problemsOf(
    project({
      'content/reports/qilihequ/2021/sections/02-beta.mdx': section('beta', 2, 'tilte: "x"\n').replace(
        'order: 2',
        'order: "二"',
      ),
    }),
  );
  assert.ok(
    problems.includes(
      'content/reports/qilihequ/2021/sections/02-beta.mdx:5: field "order": Invalid input: expected number, received string',
    ),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) =>
      /^content\/reports\/qilihequ\/2021\/sections\/02-beta\.mdx:7: field "tilte": unknown field/.test(p),
    ),
    problems.join('\n'),
  );
});

test('rules across files: one order and slug per section, a part that exists, a term leads to one entry', () => {
  const problems = problemsOf(
    project({
      'content/reports/qilihequ/2021/sections/02-beta.mdx': section('alpha', 1).replace(
        'part: "review"',
        'part: "reveiw"',
      ),
      'content/reports/qilihequ/2021/glossary/liuwen.md': entry('六稳', 2, '["六保"]'),
    }),
  );
  assert.deepEqual(problems, [
    'content/reports/qilihequ/2021/sections/02-beta.mdx:5: field "order": 1 is already used by content/reports/qilihequ/2021/sections/01-alpha.mdx: give each section its own order',
    'content/reports/qilihequ/2021/sections/02-beta.mdx:4: field "slug": "alpha" is already used by content/reports/qilihequ/2021/sections/01-alpha.mdx: give each section its own slug',
    'content/reports/qilihequ/2021/sections/02-beta.mdx:6: field "part": no part "reveiw" in content/reports/qilihequ/2021/parts.json (write one of: review)',
    'content/reports/qilihequ/2021/glossary/liuwen.md: field "aliases": "六保" is also the term or an alias of content/reports/qilihequ/2021/glossary/liubao.md: a term leads to one entry',
  ]);
});

test('a file without frontmatter, an empty section, an empty definition and bad JSON are each named', () => {
  const problems = problemsOf(
    project({
      'content/reports/qilihequ/2021/sections/02-beta.mdx': '正文。\n',
      'content/reports/qilihequ/2021/glossary/liubao.md': entry('六保', 1).replace('指六保的意思。', ' '),
      'content/reports/qilihequ/2021/sections/03-gamma.mdx': section('gamma', 3).replace(/---\n\n[\s\S]*$/, '---\n'),
      'content/reports/qilihequ/2021/parts.json': '[{',
    }),
  );
  assert.ok(
    problems.some((p) => p.startsWith('content/reports/qilihequ/2021/parts.json: not valid JSON')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => p.startsWith('content/reports/qilihequ/2021/sections/02-beta.mdx:1: no frontmatter')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) =>
      p.startsWith('content/reports/qilihequ/2021/sections/03-gamma.mdx: field "body": the section has no text'),
    ),
    problems.join('\n'),
  );
  assert.ok(
    problems.includes(
      'content/reports/qilihequ/2021/glossary/liubao.md: field "body": the definition of “六保” is empty: write what the term means after the frontmatter',
    ),
    problems.join('\n'),
  );
});

test('the formatter: file, line, entry, field, message', () => {
  assert.equal(
    formatProblem({
      file: 'content/reports/qilihequ/2021/indicators.yaml',
      line: 12,
      entry: 'indicator "gdp"',
      field: 'source.quote',
      message: '不在原文中',
    }),
    'content/reports/qilihequ/2021/indicators.yaml:12: indicator "gdp": field "source.quote": 不在原文中',
  );
  assert.equal(
    formatProblem({ file: 'content/reports/qilihequ/2021/report.json', message: 'not valid JSON' }),
    'content/reports/qilihequ/2021/report.json: not valid JSON',
  );
});

test('what pages read of the model: figures follow their section’s redirect; each moved address names its page; no file paths or line tables', () => {
  const model = loadReport(
    project({
      'content/reports/qilihequ/2021/sections/01-alpha.mdx': section('gamma', 1),
      'content/reports/qilihequ/2021/published.yaml':
        'pages: []\nsections:\n  - { address: "sections/alpha/", title: "标题1" }\n  - { address: "sections/older/", title: "更早" }\nglossary: []\n',
      'content/reports/qilihequ/2021/redirects.yaml':
        '- { from: sections/older/, to: sections/gamma/ }\n- { from: sections/alpha/, to: sections/gamma/ }\n',
    }),
  );
  const pages = pageModel(model);
  assert.equal(
    pages.indicators.indicators[0].source.section,
    'gamma',
    'the figure of the renamed section names its new slug',
  );
  assert.deepEqual(pages.redirects, [
    { from: 'sections/older/', to: 'sections/gamma/' },
    { from: 'sections/alpha/', to: 'sections/gamma/' },
  ]);
  assert.equal(pages.indicators.file, 'content/reports/qilihequ/2021/indicators.yaml');
  assert.ok(!('lines' in pages.indicators));
  assert.deepEqual(Object.keys(pages.sections[0]).sort(), ['body', 'data', 'file', 'slug']);
  assert.deepEqual(
    pages.glossary.map((g) => g.id),
    ['liubao', 'liuwen'],
  );
});
