/**
 * Published addresses: the list merged with what the site publishes now, written the same
 * way every time; redirects resolved and checked; every address lost named at the file the
 * editor changed; and the model of the report applying all of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  currentAddresses,
  formatPublished,
  lostAddressProblems,
  mergePublished,
  redirectProblems,
  redirectTarget,
  resolveSectionSlug,
  SITE_PAGES,
} from '../../src/node/content/addresses.ts';
import { loadReport } from '../../src/node/content/load-report.ts';
import { formatProblem } from '../../src/shared/content-error.ts';
import { contentProject, problemsOf, REPORT_JSON } from '../support/content-project.ts';
import { publishedSchema, type PublishedData } from '../../src/schemas/addresses.ts';
import { FIXTURE_REPORT as DIR, FIXTURE_REPORT_DIR } from '../support/fixture.ts';

const sec = (
  slug: string,
  title: string,
  body = '正文。',
  file = `content/reports/qilihequ/2021/sections/01-${slug}.mdx`,
) => ({
  file,
  slug,
  data: { title },
  body,
});
const ent = (id: string, term: string) => ({ file: `content/reports/qilihequ/2021/glossary/${id}.md`, id, term });

const published: PublishedData = {
  pages: [...SITE_PAGES],
  sections: [
    { address: 'sections/goals/', title: '目标' },
    { address: 'sections/alpha/', title: '甲' },
  ],
  glossary: [{ address: 'glossary/liuwen/', term: '六稳' }],
  paragraphs: {},
};

test('the current addresses: the pages, every section and entry, in address order', () => {
  const now = currentAddresses({
    sections: [sec('zeta', '末'), sec('alpha', '甲')],
    glossary: [ent('liuwen', '六稳')],
  });
  assert.deepEqual(now.pages, ['', 'full/', 'glossary/', 'indicators/', 'search/']);
  assert.deepEqual(now.sections, [
    { address: 'sections/alpha/', title: '甲' },
    { address: 'sections/zeta/', title: '末' },
  ]);
  assert.deepEqual(now.glossary, [{ address: 'glossary/liuwen/', term: '六稳' }]);
});

test('merging adds the new addresses, keeps every old one, and updates the titles of current ones', () => {
  const now = currentAddresses({ sections: [sec('alpha', '甲（新）'), sec('targets', '目标')], glossary: [] });
  const merged = mergePublished(published, now);
  assert.deepEqual(merged.sections, [
    { address: 'sections/alpha/', title: '甲（新）' },
    { address: 'sections/goals/', title: '目标' },
    { address: 'sections/targets/', title: '目标' },
  ]);
  assert.deepEqual(merged.glossary, published.glossary);
  assert.deepEqual(mergePublished(merged, now), merged, 'merging again changes nothing');
});

test('the list is written in one way: stable text that reads back as the same list', () => {
  const merged = mergePublished(published, currentAddresses({ sections: [], glossary: [] }));
  const text = formatPublished(merged);
  assert.equal(
    formatPublished(
      mergePublished(publishedSchema.parse(parse(text)), currentAddresses({ sections: [], glossary: [] })),
    ),
    text,
  );
  assert.match(
    text,
    /^ {2}- \{ address: "sections\/alpha\/", title: "甲" \}\n {2}- \{ address: "sections\/goals\/", title: "目标" \}$/m,
  );
  assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
  // An empty list is written as one, not as null.
  assert.deepEqual(publishedSchema.parse(parse(formatPublished({ pages: [], sections: [], glossary: [] }))), {
    pages: [],
    sections: [],
    glossary: [],
    paragraphs: {},
  });
});

test('a redirect resolves through a chain; a section slug follows its redirect', () => {
  const redirects = [
    { from: 'sections/goals/', to: 'sections/aims/' },
    { from: 'sections/aims/', to: 'sections/targets/' },
    { from: 'glossary/six/', to: 'glossary/liuwen/' },
  ];
  assert.equal(redirectTarget(redirects, 'sections/goals/'), 'sections/targets/');
  assert.equal(redirectTarget(redirects, 'sections/alpha/'), undefined);
  assert.equal(resolveSectionSlug(redirects, 'goals'), 'targets');
  assert.equal(resolveSectionSlug(redirects, 'alpha'), 'alpha');
  // A loop ends instead of running forever.
  assert.ok(
    ['sections/a/', 'sections/b/'].includes(
      redirectTarget(
        [
          { from: 'sections/a/', to: 'sections/b/' },
          { from: 'sections/b/', to: 'sections/a/' },
        ],
        'sections/a/',
      )!,
    ),
  );
});

test('redirect problems: to no page, to itself, into a loop, through another redirect, from a page, twice, from an address never published', () => {
  const current = new Set(['', 'sections/targets/', 'sections/alpha/']);
  const before = new Set([
    'sections/goals/',
    'sections/a/',
    'sections/b/',
    'sections/c/',
    'sections/d/',
    'sections/alpha/',
  ]);
  const check = (redirects: { from: string; to: string }[]) =>
    redirectProblems(redirects, {
      dir: DIR,
      current,
      published: before,
      lineOf: (index, field) => index + 1 + (field === 'to' ? 100 : 0),
    }).map(formatProblem);
  assert.deepEqual(check([{ from: 'sections/goals/', to: 'sections/targets/' }]), []);
  assert.deepEqual(check([{ from: 'sections/goals/', to: 'sections/tagrets/' }]), [
    'content/reports/qilihequ/2021/redirects.yaml:101: field "to": no page at sections/tagrets/: write the address of a section (sections/<slug>/), a glossary entry (glossary/<id>/) or another page of the site',
  ]);
  assert.deepEqual(check([{ from: 'sections/goals/', to: 'sections/goals/' }]), [
    'content/reports/qilihequ/2021/redirects.yaml:101: field "to": the redirect from sections/goals/ points to itself: write the address the page moved to',
  ]);
  assert.deepEqual(
    check([
      { from: 'sections/a/', to: 'sections/b/' },
      { from: 'sections/b/', to: 'sections/a/' },
    ]),
    [
      'content/reports/qilihequ/2021/redirects.yaml:101: field "to": the redirects loop: sections/a/ → sections/b/ → sections/a/: point each redirect at a page that exists',
      'content/reports/qilihequ/2021/redirects.yaml:102: field "to": the redirects loop: sections/b/ → sections/a/ → sections/b/: point each redirect at a page that exists',
    ],
  );
  assert.deepEqual(
    check([
      { from: 'sections/c/', to: 'sections/d/' },
      { from: 'sections/d/', to: 'sections/targets/' },
    ]),
    [
      'content/reports/qilihequ/2021/redirects.yaml:101: field "to": sections/d/ is itself redirected: write to: sections/targets/',
    ],
  );
  assert.deepEqual(check([{ from: 'sections/alpha/', to: 'sections/targets/' }]), [
    'content/reports/qilihequ/2021/redirects.yaml:1: field "from": sections/alpha/ is a page of the site: a redirect would hide it; remove this redirect',
  ]);
  assert.deepEqual(
    check([
      { from: 'sections/goals/', to: 'sections/targets/' },
      { from: 'sections/goals/', to: '' },
    ]),
    [
      'content/reports/qilihequ/2021/redirects.yaml:2: field "from": sections/goals/ is redirected twice (also at line 1): keep one redirect',
    ],
  );
  assert.match(
    check([{ from: 'sections/never/', to: 'sections/targets/' }])[0],
    /^content\/reports\/qilihequ\/2021\/redirects\.yaml:1: field "from": sections\/never\/ was never published/,
  );
});

test('a renamed slug is named at the section that had it, with the redirect to write', () => {
  const sections = [
    sec('alpha', '甲'),
    sec('targets', '目标', '正文。', 'content/reports/qilihequ/2021/sections/05-goals.mdx'),
  ];
  const problems = lostAddressProblems(published, {
    dir: DIR,
    sections,
    glossary: [ent('liuwen', '六稳')],
    redirects: [],
    slugLine: () => 4,
  }).map(formatProblem);
  assert.deepEqual(problems, [
    'content/reports/qilihequ/2021/sections/05-goals.mdx:4: field "slug": the address sections/goals/ was published and no longer exists: add a redirect in content/reports/qilihequ/2021/redirects.yaml (from: sections/goals/, to: sections/targets/) or restore the slug "goals"',
  ]);
  // The file renamed too: the section is found by its title.
  const renamedFile = lostAddressProblems(published, {
    dir: DIR,
    sections: [sec('alpha', '甲'), sec('targets', '目标', '', 'content/reports/qilihequ/2021/sections/05-targets.mdx')],
    glossary: [ent('liuwen', '六稳')],
    redirects: [],
  });
  assert.equal(renamedFile[0].file, 'content/reports/qilihequ/2021/sections/05-targets.mdx');
  // Declared: nothing is lost.
  assert.deepEqual(
    lostAddressProblems(published, {
      dir: DIR,
      sections,
      glossary: [ent('liuwen', '六稳')],
      redirects: [{ from: 'sections/goals/', to: 'sections/targets/' }],
    }),
    [],
  );
});

test('a removed entry whose term the text still uses names the sections that use it', () => {
  const sections = [
    sec('alpha', '甲', '做好“六稳”工作。'),
    sec('goals', '目标', '见[稳就业等六项](glossary:liuwen)。', 'content/reports/qilihequ/2021/sections/05-goals.mdx'),
    sec('beta', '乙'),
  ];
  assert.deepEqual(
    lostAddressProblems(published, { dir: DIR, sections, glossary: [], redirects: [] }).map(formatProblem),
    [
      'content/reports/qilihequ/2021/glossary/liuwen.md: the entry “六稳” (glossary/liuwen/) was removed but the text still uses it in content/reports/qilihequ/2021/sections/01-alpha.mdx, content/reports/qilihequ/2021/sections/05-goals.mdx: restore the entry, or add a redirect in content/reports/qilihequ/2021/redirects.yaml (from: glossary/liuwen/, to: glossary/<id>/)',
    ],
  );
  // An entry whose file was renamed is found by its term.
  const renamed = lostAddressProblems(published, {
    dir: DIR,
    sections,
    glossary: [ent('six', '六稳')],
    redirects: [],
  }).map(formatProblem);
  assert.deepEqual(renamed, [
    'content/reports/qilihequ/2021/glossary/six.md: the address glossary/liuwen/ (“六稳”) was published and no longer exists: add a redirect in content/reports/qilihequ/2021/redirects.yaml (from: glossary/liuwen/, to: glossary/six/) or name the file liuwen.md again',
  ]);
});

// The model of the report, on a small project.
const section = (slug: string, order: number, file = `0${order}-${slug}`) => [
  `content/reports/qilihequ/2021/sections/${file}.mdx`,
  `---\ntitle: "标题${order}"\nshortTitle: "短${order}"\nslug: "${slug}"\norder: ${order}\npart: "review"\n---\n\n正文第${order}段，做好六稳工作，1个。\n`,
];

function project(files: Record<string, string>): string {
  return contentProject({
    'content/reports/qilihequ/2021/report.json': REPORT_JSON,
    'content/reports/qilihequ/2021/parts.json': JSON.stringify([{ id: 'review', order: 1, title: '回顾' }]),
    'content/reports/qilihequ/2021/glossary/liuwen.md': '---\nterm: "六稳"\norder: 1\n---\n\n指六稳。\n',
    'content/reports/qilihequ/2021/indicators.yaml':
      'indicators:\n  - { id: a, indicator: 甲, value: 1, unit: 个, period: "2020", kind: achieved, source: { section: beta, paragraph: 1, quote: 1个 } }\n',
    'content/reports/qilihequ/2021/published.yaml': formatPublished({
      pages: [...SITE_PAGES],
      sections: [
        { address: 'sections/alpha/', title: '标题1' },
        { address: 'sections/beta/', title: '标题2' },
      ],
      glossary: [{ address: 'glossary/liuwen/', term: '六稳' }],
    }),
    ...Object.fromEntries([section('alpha', 1), section('beta', 2)]),
    ...files,
  });
}

test('the model: a renamed slug is one problem, not one per figure; with a redirect the figures follow it', () => {
  const [file, text] = section('gamma', 2, '02-beta');
  assert.deepEqual(problemsOf(project({ [file]: text })), [
    'content/reports/qilihequ/2021/sections/02-beta.mdx:4: field "slug": the address sections/beta/ was published and no longer exists: add a redirect in content/reports/qilihequ/2021/redirects.yaml (from: sections/beta/, to: sections/gamma/) or restore the slug "beta"',
  ]);
  const model = loadReport(
    project({
      [file]: text,
      'content/reports/qilihequ/2021/redirects.yaml': '- { from: sections/beta/, to: sections/gamma/ }\n',
    }),
  );
  assert.equal(model.indicators.indicators[0].source.section, 'gamma');
  assert.deepEqual(model.redirects, [{ from: 'sections/beta/', to: 'sections/gamma/' }]);
});

test('the model: a redirect to no page is named at its line in content/reports/qilihequ/2021/redirects.yaml; a bad address by the schema', () => {
  const [file, text] = section('gamma', 2, '02-beta');
  const redirects =
    '# moved\n- { from: sections/beta/, to: sections/gamma/ }\n- { from: sections/alpha-old/, to: sections/nowhere/ }\n';
  const problems = problemsOf(
    project({
      [file]: text,
      'content/reports/qilihequ/2021/redirects.yaml': redirects,
      'content/reports/qilihequ/2021/published.yaml': formatPublished({
        pages: [],
        sections: [
          { address: 'sections/alpha-old/', title: '旧' },
          { address: 'sections/beta/', title: '标题2' },
        ],
        glossary: [],
      }),
    }),
  );
  assert.deepEqual(problems, [
    'content/reports/qilihequ/2021/redirects.yaml:3: field "to": no page at sections/nowhere/: write the address of a section (sections/<slug>/), a glossary entry (glossary/<id>/) or another page of the site',
  ]);
  const bad = problemsOf(
    project({ 'content/reports/qilihequ/2021/redirects.yaml': '- { from: /sections/beta, to: sections/gamma/ }\n' }),
  );
  assert.match(
    bad[0],
    /^content\/reports\/qilihequ\/2021\/redirects\.yaml:1: redirect 1: field "from": must be an address of the site/,
  );
});

test('the model: no published list yet is an empty one; a section refused by its schema does not also count as gone', () => {
  assert.doesNotThrow(() => loadReport(project({ 'content/reports/qilihequ/2021/published.yaml': '' })));
  const [file, text] = section('beta', 2);
  const problems = problemsOf(project({ [file]: text.replace('order: 2', 'order: "二"') }));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /field "order"/);
});

test('the importer: another report starts with an empty published list and no redirects', async () => {
  const { mkdtemp, copyFile, readFile, writeFile } = await import('node:fs/promises');
  const { importReport } = await import('../../src/importer/index.ts');
  const dir = await mkdtemp(join(tmpdir(), 'fresh-report-'));
  for (const name of ['published.yaml', 'redirects.yaml'])
    await copyFile(join(FIXTURE_REPORT_DIR, name), join(dir, name));
  // The former report's 对账单, checked by its editor: its pairs name that report's figures.
  await writeFile(join(dir, 'reconcile.yaml'), 'confirmed: true\npairs:\n  - target: gdp-2021\n    result: null\n');
  const source = await readFile(new URL('../fixtures/reports/hebei-2026.txt', import.meta.url), 'utf8');
  const { writes } = await importReport({ source, contentDir: dir });
  const fresh = writes.filter((f) => !/^(?:sections|glossary|manuscript)\/|^(?:report|parts)\.json$/.test(f.path));
  assert.deepEqual(
    fresh.map((f) => f.path).sort(),
    ['indicators.yaml', 'published.yaml', 'reconcile.yaml', 'redirects.yaml', 'search-aliases.yaml'],
    'a new report gets every file of its own, the ones its folder lacked too',
  );
  assert.deepEqual(parse(fresh.find((f) => f.path === 'search-aliases.yaml')!.text), []);
  assert.deepEqual(parse(fresh.find((f) => f.path === 'reconcile.yaml')!.text), { confirmed: false, pairs: [] });
  // The list keeps its shape, emptied: the first build of the new report fills it.
  const list = publishedSchema.parse(parse(fresh.find((f) => f.path === 'published.yaml')!.text));
  assert.deepEqual(list, { pages: [], sections: [], glossary: [], paragraphs: {} });
  assert.deepEqual(parse(fresh.find((f) => f.path === 'redirects.yaml')!.text) ?? [], []);
});

test("a section's paragraph anchors are written under its address and read back as written; another build replaces them", () => {
  const record = ['p2 1a2b3c4d 新增的一段', 'p1 5e6f7a8b 正文。'];
  const now = currentAddresses({ sections: [{ ...sec('alpha', '甲'), anchorRecord: record }], glossary: [] });
  assert.deepEqual(now.paragraphs, { 'sections/alpha/': record });
  const text = formatPublished(mergePublished(published, now));
  assert.match(
    text,
    /^paragraphs:\n {2}"sections\/alpha\/":\n {4}- "p2 1a2b3c4d 新增的一段"\n {4}- "p1 5e6f7a8b 正文。"\n$/m,
  );
  const read = publishedSchema.parse(parse(text));
  assert.deepEqual(read.paragraphs, { 'sections/alpha/': record });
  const later = ['p2 1a2b3c4d 新增的一段', 'p1 5e6f7a8b 正文。', 'p3 9c0d1e2f 又一段。'];
  const merged = mergePublished(
    read,
    currentAddresses({ sections: [{ ...sec('alpha', '甲'), anchorRecord: later }], glossary: [] }),
  );
  assert.deepEqual(merged.paragraphs, { 'sections/alpha/': later });
  // A line the build did not write is refused at its place.
  assert.equal(publishedSchema.safeParse({ paragraphs: { 'sections/alpha/': ['第一段'] } }).success, false);
});
