/**
 * The report's file as editors have it: in other encodings (src/importer/decode.ts), each
 * read as the same text as the UTF-8 copy; as a saved web page (src/importer/html.ts), read
 * as its article; a file that is not text says what it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText, UnreadableFile } from '../../src/importer/decode.ts';
import { readReportFile, ImportError } from '../../src/importer/index.ts';
import { ROOT } from '../support/fixture.ts';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';

const parseManuscriptOf = (source: string) => ({ manuscript: parseManuscript(source, {}, 'page.html') });

const REPORT = join(ROOT, 'tests/fixtures/reports/hebei-2026.txt');
/** The same report saved by a government site in GB18030 (python: text.encode('gb18030')). */
const GB18030 = join(ROOT, 'tests/fixtures/encodings/hebei-2026.gb18030.txt');

const text = await readFile(REPORT, 'utf8');
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => utf16le(s).swap16();
const withBom = (bom: number[], bytes: Uint8Array) => Buffer.concat([Buffer.from(bom), bytes]);

test('UTF-8 with and without a byte-order mark, UTF-16 both ways with and without one, GB18030: the same text', async () => {
  const copies: [string, Uint8Array][] = [
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8'))],
    ['UTF-16LE with a BOM (Notepad’s “Unicode”)', withBom([0xff, 0xfe], utf16le(text))],
    ['UTF-16BE with a BOM', withBom([0xfe, 0xff], utf16be(text))],
    ['UTF-16LE without a BOM', utf16le(text)],
    ['UTF-16BE without a BOM', utf16be(text)],
    ['GB18030 (GBK)', await readFile(GB18030)],
  ];
  for (const [label, bytes] of copies) assert.equal(decodeText(bytes, 'report.txt'), text, label);
});

test('a file that is not text names its kind and what to do, never “no report text”', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /^report\.pdf: a Word \(\.docx\) or other zipped file/],
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01]),
      /^report\.pdf: (?:a binary file|not text)/,
    ],
  ];
  for (const [label, bytes, message] of cases) {
    assert.throws(
      () => decodeText(bytes, 'report.pdf'),
      (error: Error) => error instanceof UnreadableFile && message.test(error.message),
      label,
    );
  }
});

test('the importer reads the file from disk in its encoding, and a missing file is named', async () => {
  assert.equal(await readReportFile(GB18030, 'hebei.txt'), text);
  await assert.rejects(readReportFile(join(ROOT, 'no-such-report.txt'), 'no-such-report.txt'), (error: Error) => {
    assert.ok(error instanceof ImportError);
    assert.equal(error.message, 'no-such-report.txt: cannot read the file');
    return true;
  });
});

test('a saved web page imports as its article: the same paragraphs as the text, with the title, source and date of its metadata', async () => {
  const page = join(ROOT, 'tests/fixtures/pages/hebei-2026.html');
  const source = await readReportFile(page, 'hebei-2026.html');
  for (const chrome of [
    '首页',
    '政务公开',
    '请输入关键字',
    '微信',
    '分享到',
    '打印本页',
    '相关链接',
    '主办',
    'ICP',
    '_hmt',
    '字体',
  ])
    assert.ok(!source.includes(chrome), `the page's “${chrome}” is left out`);
  const { manuscript } = parseManuscriptOf(source);
  assert.equal(manuscript.title, '2026年河北省政府工作报告');
  assert.equal(manuscript.government, '河北省人民政府');
  assert.equal(manuscript.meeting, '2026年1月26日在河北省第十四届人民代表大会第四次会议上');
  assert.equal(manuscript.speaker, '河北省人民政府省长 王正谱');
  assert.deepEqual(manuscript.provenance, { source: '河北日报', published: '2026-02-02' });
  // The same report as its text (which tests/unit/import-fixtures.test.ts holds to the curated
  // expected text): the same parts, sections and paragraphs.
  const fromText = parseManuscriptOf(text).manuscript;
  assert.deepEqual(manuscript.parts, fromText.parts);
  const blocks = (m: typeof manuscript) => m.sections.map((section) => section.blocks.map((block) => block.text));
  assert.deepEqual(blocks(manuscript), blocks(fromText));
});

test('a Word file imports as its paragraphs: the same report as its text', async () => {
  const source = await readReportFile(join(ROOT, 'tests/fixtures/documents/hebei-2026.docx'), 'hebei-2026.docx');
  const { manuscript } = parseManuscriptOf(source);
  const fromText = parseManuscriptOf(text).manuscript;
  assert.equal(manuscript.title, '2026年河北省政府工作报告');
  assert.equal(manuscript.meeting, fromText.meeting);
  assert.equal(manuscript.speaker, fromText.speaker);
  assert.deepEqual(manuscript.parts, fromText.parts);
  const blocks = (m: typeof manuscript) => m.sections.map((section) => section.blocks.map((block) => block.text));
  assert.deepEqual(blocks(manuscript), blocks(fromText));
});

test('a Word file numbered by Word imports with its numbers; a zip that is no Word file says what to do', async () => {
  const { docxToText } = await import('../../src/importer/docx.ts');
  // 一、2025年工作回顾 as Word's automatic numbering (numFmt chineseCounting, “%1、”).
  const text = await readReportFile(join(ROOT, 'tests/fixtures/documents/numbered-lists.docx'), 'numbered.docx');
  assert.deepEqual(text.split('\n').filter(Boolean), ['各位代表：', '一、2025年工作回顾', '过去一年，成绩显著。']);
  await assert.rejects(
    docxToText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'report.docx'),
    /^Error: report\.docx: a zipped file that is not a Word document/,
  );
});
