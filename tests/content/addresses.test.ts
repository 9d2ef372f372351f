/**
 * Published addresses do not die: renaming a section's slug or removing a glossary entry
 * stops the build until a redirect is declared in content/reports/qilihequ/2021/redirects.yaml; a declared
 * redirect becomes a page at the old address; the importer starts a new list only for
 * another report. Each case runs in a fresh copy of the project, but the built redirect,
 * which reads the `edited` variant of the report (tests/support/variant-sites.ts).
 */
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { EMPTY_REDIRECTS } from '../../src/node/content/addresses.ts';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import type { FixtureProject } from '../../scripts/lib/fixture-project.ts';
import { createHash } from 'node:crypto';
import { FIXTURE_REPORT_DIR, fixtureReportProject, modelMessage } from '../support/fixture.ts';
import { DEFAULT_SITE_URL } from '../../src/shared/site-url.ts';
import { variantSite } from '../support/variant-sites.ts';

const GOALS = 'content/reports/qilihequ/2021/sections/05-goals.mdx';
const renameGoals = (project: FixtureProject) => project.edit(GOALS, (t) => t.replace('slug: "goals"', 'slug: "targets"'));

/** The lines of the output that report a content problem (`content/…`). */
const contentLines = (output: string) => output.split('\n').filter((line) => line.startsWith('content/'));

async function withProject(run: (project: FixtureProject) => Promise<void>) {
  const project = await fixtureReportProject();
  try {
    await run(project);
  } finally {
    await project.remove();
  }
}

test('a section slug renamed without a redirect stops the build with one problem at the section: the slug, the old address and the redirect to write', () =>
  withProject(async (project) => {
    await renameGoals(project);
    const { code, output } = await project.astro('sync');
    assert.notEqual(code, 0, output.slice(-2000));
    // One problem, not one per figure of content/reports/qilihequ/2021/indicators.yaml that names the section.
    assert.deepEqual(contentLines(output), [
      'content/reports/qilihequ/2021/sections/05-goals.mdx:4: field "slug": the address sections/goals/ was published and no longer exists: add a redirect in content/reports/qilihequ/2021/redirects.yaml (from: sections/goals/, to: sections/targets/) or restore the slug "goals"',
    ]);
  }));

test('a glossary entry removed while the text uses its term stops the build, naming the sections that use it', () =>
  withProject(async (project) => {
    await rm(join(project.dir, 'content/reports/qilihequ/2021/glossary/liuwen.md'));
    const { code, output } = await project.astro('sync');
    assert.notEqual(code, 0, output.slice(-2000));
    assert.deepEqual(contentLines(output), [
      'content/reports/qilihequ/2021/glossary/liuwen.md: the entry “六稳” (glossary/liuwen/) was removed but the text still uses it in content/reports/qilihequ/2021/sections/03-work-2020.mdx, content/reports/qilihequ/2021/sections/05-goals.mdx: restore the entry, or add a redirect in content/reports/qilihequ/2021/redirects.yaml (from: glossary/liuwen/, to: glossary/<id>/)',
    ]);
  }));

/** The renamed section, and a redirect from its old address to `to` (in process: the model's message). */
const redirectedTo = (to: string) =>
  modelMessage({
    [GOALS]: (t) => t.replace('slug: "goals"', 'slug: "targets"'),
    'content/reports/qilihequ/2021/redirects.yaml': (t) => t.replace('[]\n', `- { from: sections/goals/, to: ${to} }\n`),
  });

test('a redirect to a page that does not exist stops the build at its line in content/reports/qilihequ/2021/redirects.yaml', async () => {
  assert.deepEqual((await redirectedTo('sections/tagrets/')).split('\n'), [
      'content/reports/qilihequ/2021/redirects.yaml:4: field "to": no page at sections/tagrets/: write the address of a section (sections/<slug>/), a glossary entry (glossary/<id>/) or another page of the site',
  ]);
});

test('a redirect that points to itself stops the build at its line', async () => {
  assert.match(
    (await redirectedTo('sections/goals/')).split('\n')[0],
    /^content\/reports\/qilihequ\/2021\/redirects\.yaml:4: field "to": the redirect from sections\/goals\/ points to itself/,
  );
});

test('with a redirect declared, the build passes under a sub-path: a renamed section answers at its old address, another moved page leads on, the sitemap lists the new ones only, figures follow the section', async () => {
    // The `edited` variant of the report (tests/support/variant-sites.ts): goals renamed
    // targets, the redirect declared, built under /report/.
    const edited = await variantSite('edited');
    const dist = edited.page;
    const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;

    const validate = async (html: string, name: string) => {
      const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, name);
      assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), [], name);
    };

    // The old address of the renamed section answers with the section itself, its paragraphs
    // under the anchors they were published with: a link to #p2 lands, with or without
    // JavaScript. Search engines are sent to the new address, and search leaves it out.
    const moved = await dist('sections/goals/index.html');
    const targets = await dist('sections/targets/index.html');
    assert.match(moved, /<html lang="zh-CN"/);
    assert.ok(moved.includes(`<link rel="canonical" href="${new URL('/report/sections/targets/', site).href}">`), 'canonical');
    assert.match(moved, /<meta name="robots" content="noindex">/);
    assert.match(moved, /<p class="moved-notice" role="note">这一节的地址已改为 <a href="\/report\/sections\/targets\/">/);
    assert.ok(!moved.includes('data-pagefind-body'), 'the old address is not searchable');
    assert.ok(targets.includes('data-pagefind-body'), 'the new one is');
    const paragraphs = (html: string) => [...html.matchAll(/<p id="(p\d+)"[^>]*>([\s\S]*?)<\/p>/g)].map(([, id, text]) => [id, text]);
    assert.deepEqual(paragraphs(moved), paragraphs(targets), 'the same paragraphs under the same anchors');
    assert.equal(
      parse(await edited.content('content/reports/qilihequ/2021/published.yaml')).paragraphs['sections/targets/'][1],
      parse(await readFile(join(FIXTURE_REPORT_DIR, 'published.yaml'), 'utf8')).paragraphs['sections/goals/'][1],
      'the renamed section keeps the anchors of the old',
    );
    assert.match(moved, /<meta http-equiv="content-security-policy"/);
    await validate(moved, 'sections/goals/index.html');

    // Any other moved address (here a glossary entry) answers with a page that leads on:
    // without JavaScript by a refresh and a link, with it keeping the fragment, by a script
    // the page's CSP allows by its hash.
    const entry = await dist('glossary/liuwen-old/index.html');
    assert.match(entry, /<meta http-equiv="refresh" content="0; url=\/report\/glossary\/liuwen\/">/);
    const script = /<script>(location\.replace\("\/report\/glossary\/liuwen\/"\+location\.hash\))<\/script>/.exec(entry)?.[1];
    assert.ok(script, 'the script that keeps the fragment');
    assert.ok(entry.includes(`'sha256-${createHash('sha256').update(script).digest('base64')}'`), 'its hash in the CSP');
    assert.ok(entry.includes(`<link rel="canonical" href="${new URL('/report/glossary/liuwen/', site).href}">`), 'canonical');
    assert.match(entry, /<meta name="robots" content="noindex">/);
    assert.match(entry, /<a href="\/report\/glossary\/liuwen\/">六稳（词语解释）<\/a>/);
    assert.ok(!entry.includes('data-pagefind-body'), 'a redirect page is not searchable');
    await validate(entry, 'glossary/liuwen-old/index.html');

    // The sitemap lists the new address, not the old one.
    const sitemap = await dist('sitemap-0.xml');
    assert.ok(sitemap.includes(`<loc>${new URL('/report/sections/targets/', site).href}</loc>`));
    assert.ok(!sitemap.includes('/sections/goals/'), 'the old address is not in the sitemap');
    assert.ok(!sitemap.includes('/glossary/liuwen-old/'), 'nor the entry\'s');

    // The figures that name the section by its old slug link from the renamed page.
    const indicators = parse(await edited.content('content/reports/qilihequ/2021/indicators.yaml')) as { indicators: { id: string; source: { section: string } }[] };
    const figures = indicators.indicators.filter((i) => i.source.section === 'goals');
    assert.ok(figures.length > 5);
    for (const { id } of figures) assert.ok(targets.includes(`id="fig-${id}"`), `figure ${id} is linked on the renamed section`);
    // 主要指标 lists them all too, under the new address: as many rows as its introduction
    // counts, each linking to a figure that is on the page it names.
    const table = await dist('indicators/index.html');
    const links = [...table.matchAll(/href="\/report\/sections\/([^/]+)\/#fig-([^"]+)"/g)];
    assert.equal(links.length, indicators.indicators.length, 'one row per figure');
    assert.ok(table.includes(`共${indicators.indicators.length}处`), 'the introduction counts the rows shown');
    for (const { id } of figures) assert.ok(links.some(([, slug, linked]) => slug === 'targets' && linked === id), `row ${id} links to sections/targets/`);
    const pages = new Map<string, string>();
    for (const [, slug, id] of links) {
      if (!pages.has(slug)) pages.set(slug, await dist(`sections/${slug}/index.html`));
      assert.ok(pages.get(slug)!.includes(`id="fig-${id}"`), `the row of ${id} leads to its figure in sections/${slug}/`);
    }

    // The new address joined the published list; the old one stays.
    const published = parse(await edited.content('content/reports/qilihequ/2021/published.yaml')) as { sections: { address: string }[] };
    const addresses = published.sections.map((s) => s.address);
    assert.ok(addresses.includes('sections/targets/') && addresses.includes('sections/goals/'), addresses.join(' '));
});

test('the importer keeps the list and the redirects for the same report, and starts new ones for another report', () =>
  withProject(async (project) => {
    const read = (path: string) => readFile(join(project.dir, path), 'utf8');
    const original = await read('content/reports/qilihequ/2021/published.yaml');
    // History of this report: an old address that moved.
    await project.edit('content/reports/qilihequ/2021/published.yaml', (t) => t.replace('sections:\n', 'sections:\n  - { address: "sections/aims/", title: "目标" }\n'));
    await project.edit('content/reports/qilihequ/2021/redirects.yaml', (t) => t.replace('[]\n', '- { from: sections/aims/, to: sections/goals/ }\n'));
    const kept = { published: await read('content/reports/qilihequ/2021/published.yaml'), redirects: await read('content/reports/qilihequ/2021/redirects.yaml') };

    const same = await project.node('scripts/import-report.ts');
    assert.equal(same.code, 0, same.output);
    assert.equal(await read('content/reports/qilihequ/2021/published.yaml'), kept.published);
    assert.equal(await read('content/reports/qilihequ/2021/redirects.yaml'), kept.redirects);
    const check = await project.node('scripts/import-report.ts', '--check');
    assert.equal(check.code, 0, check.output);

    // Another report (another government): a folder of its own, whose list starts empty and
    // whose first build fills it; the report already there keeps its own.
    const other = await project.node('scripts/import-report.ts', fileURLToPath(new URL('../fixtures/reports/hebei-2026.txt', import.meta.url)));
    assert.equal(other.code, 0, other.output);
    assert.match(other.output, /The library holds 2 reports: hebeisheng\/2026, qilihequ\/2021\./);
    assert.deepEqual(parse(await read('content/reports/hebeisheng/2026/published.yaml')), { pages: [], sections: [], glossary: [], paragraphs: {} }, 'a new report starts a new list');
    assert.ok((parse(await read('content/reports/hebeisheng/2026/redirects.yaml')) ?? []).length === 0);
    assert.equal(await read('content/reports/qilihequ/2021/published.yaml'), kept.published);
    assert.equal(await read('content/reports/qilihequ/2021/redirects.yaml'), kept.redirects);
    assert.notEqual(original, kept.published);

    // --only: the library holds just the reports named; the others' folders go.
    const only = await project.node('scripts/import-report.ts', '--only', fileURLToPath(new URL('../fixtures/reports/hebei-2026.txt', import.meta.url)));
    assert.equal(only.code, 0, only.output);
    assert.match(only.output, /removed: content\/reports\/qilihequ\/2021\//);
    assert.ok(!existsSync(join(project.dir, 'content/reports/qilihequ')), 'the government folder left empty goes too');
    assert.equal(await read('content/reports/hebeisheng/2026/redirects.yaml'), EMPTY_REDIRECTS);

    // The removed report had been published (at the root, then in a library): the build stops
    // before building anything, naming it and what to write, until it is withdrawn on purpose.
    await project.write('content/library.yaml', 'published:\n  qilihequ/2021: ["", "qilihequ/2021/"]\nwithdrawn: []\n');
    const lost = await project.node('scripts/build.ts');
    assert.equal(lost.code, 1, lost.output);
    assert.match(lost.output, /^content\/library\.yaml: the report qilihequ\/2021 was published \(at \/ and \/qilihequ\/2021\/\) and content\/reports\/qilihequ\/2021\/ is gone/m);
    assert.ok(!existsSync(join(project.dir, 'dist')), 'nothing built');
    await project.edit('content/library.yaml', (t) => t.replace('withdrawn: []', 'withdrawn:\n  - { report: qilihequ/2021, to: "" }'));
    const withdrawn = await project.node('scripts/build.ts');
    assert.equal(withdrawn.code, 0, withdrawn.output);
    const home = await read('dist/qilihequ/2021/index.html');
    assert.match(home, /<meta http-equiv="refresh" content="0; url=\/">/, 'its home in the library leads where the editor sent it');
    assert.deepEqual(parse(await read('content/library.yaml')).published, { 'hebeisheng/2026': [''], 'qilihequ/2021': ['', 'qilihequ/2021/'] });
  }));
