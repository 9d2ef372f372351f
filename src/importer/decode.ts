/**
 * A report's file as text, whatever encoding the editor's copy is in: the importer reads
 * text, and a government site's download, a browser's "save as" and Windows Notepad write it
 * in different encodings. Detected, never asked for: a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE), then UTF-16 without one (told by its zero bytes), then valid UTF-8, then
 * GB18030 (which contains GBK and GB2312). A file that is not text stops with its kind and
 * what to do, never with "no report text found".
 */

/** A file the importer cannot read as a report's text: the message says what it is and what to do. */
export class UnreadableFile extends Error {}

/** Files that are not text, by their first bytes. */
const KINDS: { kind: string; magic: number[]; advice: string }[] = [
  {
    kind: 'a Word (.docx) or other zipped file',
    magic: [0x50, 0x4b, 0x03, 0x04],
    advice: 'import a Word file under its name ending in .docx, or save it as plain text (.txt)',
  },
  {
    kind: 'an old Word (.doc) file',
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    advice: 'save it as plain text (.txt) and import that',
  },
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** UTF-16 without a byte-order mark: most odd (LE) or even (BE) bytes of ASCII-range text are zero. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample.length / 2;
  // Line breaks, digits and Latin letters have a zero high byte; a few Han characters
  // (U+4E00 一) a zero low byte. Text in UTF-8 or GB18030 has no zero bytes at all.
  if (oddZeros > pairs * 0.02 && oddZeros > evenZeros * 4) return 'utf-16le';
  if (evenZeros > pairs * 0.02 && evenZeros > oddZeros * 4) return 'utf-16be';
  return undefined;
}

const decode = (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding, { fatal: true }).decode(bytes);

/** Control characters that text never holds (tabs, line ends and form feeds aside): a binary file. */
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

/** The text of a report's file; `name` is how messages call it. */
export function decodeText(bytes: Uint8Array, name: string): string {
  for (const { kind, magic, advice } of KINDS) {
    if (startsWith(bytes, magic)) throw new UnreadableFile(`${name}: ${kind}, not text: ${advice}`);
  }
  let text: string | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = decode(bytes.subarray(3), 'utf-8');
  else if (startsWith(bytes, [0xff, 0xfe])) text = decode(bytes.subarray(2), 'utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode(bytes.subarray(2), 'utf-16be');
  else {
    const order = utf16Order(bytes);
    for (const encoding of [...(order ? [order] : []), 'utf-8', 'gb18030']) {
      try {
        text = decode(bytes, encoding);
        break;
      } catch {
        // not this encoding: try the next
      }
    }
  }
  if (text === undefined)
    throw new UnreadableFile(
      `${name}: not text in UTF-8, UTF-16 or GB18030 (GBK): save it as text in one of them (UTF-8 is best) and import that`,
    );
  if (BINARY.test(text))
    throw new UnreadableFile(`${name}: a binary file, not text: save the report as plain text (.txt) and import that`);
  return text;
}
