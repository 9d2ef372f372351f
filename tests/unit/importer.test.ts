/**
 * The importer's entry point (src/importer/index.ts) on a throw-away copy of content/: what
 * the same report keeps, what another report starts afresh, what `--check` sees, and that
 * nothing is written when the result would not build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyImport, ImportError, importReport, pendingChanges, trialImport } from '../../src/importer/index.ts';
import { ContentError } from '../../src/shared/content-error.ts';
import { FIXTURE_CONTENT, FIXTURE_REPORT } from '../support/fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OTHER = join(ROOT, 'tests/fixtures/reports/hebei-2026.txt');

/** A copy of the fixture report's folder to import into; removed after `run`. */
async function withContent(run: (contentDir: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'importer-'));
  await cp(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  try {
    await run(join(root, FIXTURE_REPORT));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const manuscriptOf = (contentDir: string) => readFile(join(contentDir, 'manuscript/report.txt'), 'utf8');

test('the same report imported again keeps what its editor wrote and changes nothing', async () => {
  await withContent(async (contentDir) => {
    const result = await importReport({ source: await manuscriptOf(contentDir), contentDir });
    assert.equal(result.sameReport, true);
    assert.equal(result.drafted, undefined, 'no figures drafted for the same report');
    assert.deepEqual(result.removals, []);
    assert.deepEqual(await pendingChanges(result, contentDir), []);
    const [report] = JSON.parse(result.writes.find((f) => f.path === 'report.json')!.text);
    assert.ok(report.intro && report.searchExamples, 'the introduction and search examples an editor wrote are kept');
  });
});

test('a corrected copy of the same report is the same report: its outline and edited fields stay', async () => {
  await withContent(async (contentDir) => {
    const source = `${await manuscriptOf(contentDir)}\n`;
    const result = await importReport({ source, contentDir });
    assert.equal(result.sameReport, true);
    assert.deepEqual(result.removals, [], 'the outline is kept');
    const changes = await pendingChanges(result, contentDir);
    assert.deepEqual(changes, [{ path: 'manuscript/report.txt', kind: 'write' }]);
  });
});

test('another report starts afresh: old sections, entries and outline go, figures are drafted, and a second run changes nothing', async () => {
  await withContent(async (contentDir) => {
    const oldSections = await readdir(join(contentDir, 'sections'));
    const result = await importReport({
      source: await readFile(OTHER, 'utf8'),
      sourceName: 'hebei-2026.txt',
      contentDir,
    });
    assert.equal(result.sameReport, false);
    assert.ok(result.removals.includes('outline.yaml'));
    for (const name of oldSections)
      assert.ok(result.removals.includes(`sections/${name}`), `sections/${name} is stale`);
    assert.ok(
      result.removals.some((path) => path.startsWith('glossary/')),
      'the old glossary entries are stale',
    );
    assert.ok((result.drafted ?? 0) > 0, 'figures drafted');
    assert.match(result.summary, /^\d+ parts, \d+ sections, 0 glossary entries, \d+ captions, \d+ figures drafted/);
    const [report] = JSON.parse(result.writes.find((f) => f.path === 'report.json')!.text);
    assert.equal(report.intro, undefined, 'the other report’s introduction is not carried over');

    await trialImport(result, contentDir);
    assert.ok(existsSync(join(contentDir, 'outline.yaml')), 'a trial leaves content/ as it was');
    const changes = await applyImport(result, contentDir);
    assert.deepEqual(
      changes.filter((c) => c.kind === 'remove').map((c) => c.path),
      result.removals,
    );
    for (const path of result.removals) assert.ok(!existsSync(join(contentDir, path)), `${path} removed`);
    assert.deepEqual(await pendingChanges(result, contentDir), [], 'everything written');
    assert.equal(await manuscriptOf(contentDir), await readFile(OTHER, 'utf8'), 'the text becomes the manuscript');
    const again = await importReport({ source: await manuscriptOf(contentDir), contentDir });
    assert.equal(again.sameReport, true);
    assert.deepEqual(await pendingChanges(again, contentDir), []);
  });
});

test('a text that cannot be read, or an outline that does not parse, stops with its file and line', async () => {
  await withContent(async (contentDir) => {
    await assert.rejects(
      importReport({ source: 'hello\nworld\n', sourceName: 'notes.txt', contentDir }),
      (error: Error) => {
        assert.ok(error instanceof ImportError);
        assert.match(error.message, /^notes\.txt:1: no report text found/);
        return true;
      },
    );
    await writeFile(join(contentDir, 'outline.yaml'), 'sections:\n  - [broken\n');
    await assert.rejects(importReport({ source: await manuscriptOf(contentDir), contentDir }), (error: Error) => {
      assert.ok(error instanceof ImportError);
      assert.match(error.message, /(?:^|\/)outline\.yaml:\d+: not valid YAML/);
      return true;
    });
  });
});

test('a text that does not say whose report it is or of when stops with the field to write in content/reports/qilihequ/2021/outline.yaml', async () => {
  const text = (government: string, heading: string) =>
    [
      '各位代表：',
      `现在，我代表${government}，向大会报告工作，请予审议，并请政协委员提出意见。`,
      heading,
      '过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，发展质量稳步提升，人民生活持续改善。',
    ].join('\n');
  await withContent(async (contentDir) => {
    const cases: [string, RegExp][] = [
      // The level alone, and no title, speaker or meeting line to give the place.
      [
        text('省人民政府', '一、2025年工作回顾'),
        /^report\.txt:\d+: cannot tell which government speaks.*write `government:` in content\/reports\/<government>\/<year>\/outline\.yaml/,
      ],
      // No meeting or date line, and no heading that names a year.
      [
        text('国务院', '一、过去一年的工作'),
        /^report\.txt:1: no date found.*write `date:` .* in content\/reports\/<government>\/<year>\/outline\.yaml/,
      ],
    ];
    for (const [source, message] of cases) {
      await assert.rejects(importReport({ source, sourceName: 'report.txt', contentDir }), (error: Error) => {
        assert.ok(error instanceof ImportError);
        assert.match(error.message.split('\n')[0], message);
        return true;
      });
    }
    // Written there, it imports.
    const { manuscript } = await importReport({
      source: text('国务院', '一、过去一年的工作'),
      sourceName: 'report.txt',
      contentDir,
      outline: { date: '2014' },
    });
    assert.equal(manuscript.date, '2014');
    assert.equal(manuscript.dateText, '2014年');
    assert.equal(manuscript.title, '2014年国务院政府工作报告');
  });
});

test('a result that would not build is refused by the trial, and content/ is left as it was', async () => {
  await withContent(async (contentDir) => {
    // A published address that the import would leave without a page and without a redirect.
    const published = join(contentDir, 'published.yaml');
    const before = await readFile(published, 'utf8');
    await writeFile(
      published,
      before.replace('sections:\n', 'sections:\n  - { address: "sections/gone/", title: "旧节" }\n'),
    );
    const result = await importReport({ source: await manuscriptOf(contentDir), contentDir });
    await assert.rejects(trialImport(result, contentDir), (error: Error) => {
      assert.ok(error instanceof ContentError);
      assert.match(error.message, /sections\/gone\//);
      return true;
    });
  });
});
