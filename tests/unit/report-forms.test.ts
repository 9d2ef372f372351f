/**
 * Three reports, each in every form an editor may have it in (tests/support/report-forms.ts):
 * text in GB18030 and in UTF-16, a page of a government site, a Word file with its numbering
 * typed and one with Word's automatic numbering. Each imports as the
 * report's plain text does: the same content files (the site is made from them alone) for the
 * encodings, and the same parts, sections, glossary and metadata for the documents. The PDF
 * of each is read in tests/e2e/import-pdf.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importReport, readReportFile, type ImportResult } from '../../src/importer/index.ts';
import { FIXTURE_CONTENT, FIXTURE_REPORT, ROOT } from '../support/fixture.ts';
import {
  FORM_REPORTS,
  gb18030,
  governmentPage,
  headLines,
  notepadUnicode,
  reportLines,
  wordFile,
} from '../support/report-forms.ts';

const dir = await mkdtemp(join(tmpdir(), 'report-forms-'));
await cp(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
const contentDir = join(dir, FIXTURE_REPORT);

async function imported(file: string, bytes: Buffer | string): Promise<ImportResult> {
  const path = join(dir, file);
  await writeFile(path, bytes);
  return importReport({ source: await readReportFile(path, file), sourceName: file, contentDir });
}

/** The files that make the report's pages: its parts, sections and glossary entries. */
const reportFiles = (result: ImportResult) =>
  result.writes.filter((file) => /^(?:parts\.json|sections\/|glossary\/)/.test(file.path));
const reportFields = ({ manuscript: m }: ImportResult) => [m.title, m.government, m.meeting, m.speaker, m.date];

for (const name of FORM_REPORTS) {
  test(`${name}: in GB18030, in UTF-16, as a web page and as a Word file (its numbering typed or Word's), the same report as its text`, async () => {
    const text = await readFile(join(ROOT, 'tests/fixtures/reports', name), 'utf8');
    const plain = await imported(name, text);
    const base = name.replace(/\.txt$/, '');
    // The same bytes of text in another encoding: every content file the same.
    for (const [label, bytes] of [
      ['GB18030', gb18030(text)],
      ['UTF-16', notepadUnicode(text)],
    ] as const) {
      assert.deepEqual((await imported(`${base}.${label}.txt`, bytes)).writes, plain.writes, label);
    }
    // Documents made of the curated text under the report's own head lines.
    const { manuscript } = plain;
    const lines = reportLines(name, headLines(manuscript), manuscript.glossaryTitle ?? '有关词语解释');
    const page = await imported(
      `${base}.html`,
      governmentPage(lines, {
        title: manuscript.title,
        source: manuscript.provenance.source,
        date: manuscript.provenance.published,
      }),
    );
    const word = await imported(`${base}.docx`, await wordFile(lines));
    const numbered = await imported(`${base}.numbered.docx`, await wordFile(lines, { automatic: true }));
    for (const [label, result] of [
      ['web page', page],
      ['Word file', word],
      ['Word file numbered by Word', numbered],
    ] as const) {
      assert.deepEqual(reportFields(result), reportFields(plain), label);
      assert.deepEqual(reportFiles(result), reportFiles(plain), label);
    }
    assert.deepEqual(page.manuscript.provenance, plain.manuscript.provenance, 'the web page keeps its source and date');
  });
}

test.after(() => rm(dir, { recursive: true, force: true }));
