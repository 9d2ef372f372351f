/**
 * The report's file in the encodings editors have (src/importer/decode.ts): each reads as
 * the same text as the UTF-8 copy; a file that is not text says what it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText, UnreadableFile } from '../../src/importer/decode.ts';
import { readReportFile, ImportError } from '../../src/importer/index.ts';
import { ROOT } from '../support/fixture.ts';

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
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /^report\.pdf: a PDF file, not text: save its text as a \.txt file/],
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
