import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  earlierPlaces,
  formatLibraryRecord,
  recordProblems,
  recordServed,
} from '../../src/node/content/library-record.ts';
import { libraryRecordSchema } from '../../src/schemas/library.ts';
import { formatProblem } from '../../src/shared/content-error.ts';

const empty = { published: {}, withdrawn: [] };

/** A project whose report `id` has published addresses, or none. */
function project(id: string, published: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'library-record-'));
  mkdirSync(join(root, 'content/reports', id), { recursive: true });
  writeFileSync(
    join(root, 'content/reports', id, 'published.yaml'),
    published ? 'pages: [""]\nsections: []\nglossary: []\n' : 'pages: []\nsections: []\nglossary: []\n',
  );
  return root;
}

test('a report the record does not name was served at the root if it published anything', () => {
  assert.deepEqual(earlierPlaces(empty, project('qilihequ/2021', true), 'qilihequ/2021'), ['']);
  assert.deepEqual(earlierPlaces(empty, project('hebeisheng/2026', false), 'hebeisheng/2026'), []);
  const record = { published: { 'qilihequ/2021': ['', 'qilihequ/2021/'] }, withdrawn: [] };
  assert.deepEqual(earlierPlaces(record, project('qilihequ/2021', true), 'qilihequ/2021'), ['', 'qilihequ/2021/']);
});

test('a build adds where it served each report and keeps every earlier place; the file reads back as written', () => {
  const root = project('qilihequ/2021', true);
  // Read before the build, which fills a new report's list: the new report was served nowhere.
  const earlier = new Map([
    ['qilihequ/2021', earlierPlaces(empty, root, 'qilihequ/2021')],
    ['guowuyuan/2014', earlierPlaces(empty, root, 'guowuyuan/2014')],
  ]);
  const served = new Map([
    ['qilihequ/2021', 'qilihequ/2021/'],
    ['guowuyuan/2014', 'guowuyuan/2014/'],
  ]);
  const once = recordServed(empty, earlier, served);
  assert.deepEqual(once.published, { 'guowuyuan/2014': ['guowuyuan/2014/'], 'qilihequ/2021': ['', 'qilihequ/2021/'] });
  const again = new Map(['qilihequ/2021', 'guowuyuan/2014'].map((id) => [id, earlierPlaces(once, root, id)]));
  assert.deepEqual(recordServed(once, again, served), once, 'again: no change');
  assert.deepEqual(libraryRecordSchema.parse(parse(formatLibraryRecord(once))), once);
  const withdrawn = { ...once, withdrawn: [{ report: 'guowuyuan/2014', to: '' }] };
  assert.deepEqual(libraryRecordSchema.parse(parse(formatLibraryRecord(withdrawn))), withdrawn);
});

test('a report published whose folder is gone stops the build with the fix; a withdrawn one does not', () => {
  const record = {
    published: { 'qilihequ/2021': ['', 'qilihequ/2021/'], 'guowuyuan/2021': ['guowuyuan/2021/'] },
    withdrawn: [],
  };
  assert.deepEqual(recordProblems(record, ['qilihequ/2021', 'guowuyuan/2021']), []);
  assert.deepEqual(recordProblems(record, ['guowuyuan/2021']).map(formatProblem), [
    'content/library.yaml: the report qilihequ/2021 was published (at / and /qilihequ/2021/) and content/reports/qilihequ/2021/ is gone, with every address under it: restore the folder, or withdraw the report by adding under withdrawn: - { report: qilihequ/2021, to: <address its readers go to instead, "" for the library\'s home> }',
  ]);
  const withdrawn = { ...record, withdrawn: [{ report: 'qilihequ/2021', to: 'guowuyuan/2021/' }] };
  assert.deepEqual(recordProblems(withdrawn, ['guowuyuan/2021']), []);
  assert.deepEqual(
    recordProblems({ ...withdrawn, withdrawn: [{ report: 'qilihequ/2021', to: '' }] }, ['guowuyuan/2021']),
    [],
  );
});

test('a withdrawn report that is still there, or sent nowhere, is named', () => {
  const record = {
    published: { 'qilihequ/2021': [''] },
    withdrawn: [{ report: 'qilihequ/2021', to: 'qilihequ/2022/' }],
  };
  const problems = recordProblems(record, ['qilihequ/2021', 'guowuyuan/2021']).map(formatProblem);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /qilihequ\/2021 is withdrawn but content\/reports\/qilihequ\/2021\/ is there/);
  assert.match(
    problems[1],
    /to: qilihequ\/2022\/ is no address of the library: write a report's address \(qilihequ\/2021\/, guowuyuan\/2021\/\)/,
  );
  assert.throws(() => libraryRecordSchema.parse({ published: { qilihe: [''] } }), /must be a report's folder/);
});
