/**
 * Word's automatic numbering written out as text. A paragraph numbered by Word (a list, or a
 * heading style with numbering) has no number in its text: Word draws 一、 or （一） from
 * word/numbering.xml as it lays the page out. This module counts the numbered paragraphs in
 * document order as Word does and writes each one's number at the head of its text, then
 * empties the numbering, so that the report's numbering reaches the import as a text file
 * would have it.
 *
 * Word's rules followed here (ECMA-376 part 1, 17.9): a paragraph takes its numbering from its
 * own properties, else from its style (and the styles it is based on), else from a list level
 * that names its style; counters belong to the abstract numbering that list instances share,
 * a level counts on from its start, a higher level restarts the levels under it, a list
 * instance's start override restarts its level at first use, and a level's text (`%1、`,
 * `（%2）`) names the counters it shows.
 */
import JSZip from 'jszip';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { writeDigits, writeNumeral } from '../shared/numerals.ts';
import { UnreadableFile } from './decode.ts';

/** xmldom's elements follow the DOM's own types. */
type XmlElement = Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Shows every counter in Arabic digits (a legal list). */
  legal: boolean;
  /** Whether a higher level restarts it (w:lvlRestart of 0 says never). */
  restarts: boolean;
  style?: string;
}

interface Instance {
  abstractId: string;
  /** Start overrides by level, applied when the instance is first used. */
  starts: Map<number, number>;
}

const children = (element: XmlElement, name: string): XmlElement[] =>
  Array.from(element.childNodes).filter(
    (node): node is XmlElement => node.nodeType === 1 && (node as XmlElement).tagName === name,
  );
const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element ? children(element, name)[0] : undefined;
const value = (element: XmlElement | undefined): string | undefined =>
  element?.getAttributeNS(W, 'val') || element?.getAttribute('w:val') || undefined;
const all = (root: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, name: string) =>
  Array.from(root.getElementsByTagName(name));

const textOf = (paragraph: XmlElement) =>
  all(paragraph, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');

const CIRCLED = (first: number, last: number) => (n: number) =>
  n >= 1 && n <= last - first + 1 ? String.fromCodePoint(first + n - 1) : undefined;
const LETTERS = (base: number) => (n: number) =>
  String.fromCharCode(base + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
const roman = (n: number) => {
  let out = '';
  for (const [size, letters] of ROMAN) for (; n >= size; n -= size) out += letters;
  return out;
};
const LEGAL = new Map([...'一二三四五六七八九十百千万'].map((c, i) => [c, '壹贰叁肆伍陆柒捌玖拾佰仟万'[i]]));
const FULL_WIDTH = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const cycle = (names: string) => (n: number) => [...names][(n - 1) % [...names].length];

/** How each number format of Word writes a counter; a format not here stops the import. */
const FORMATS: Record<string, (n: number) => string | undefined> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  decimalFullWidth: FULL_WIDTH,
  decimalFullWidth2: FULL_WIDTH,
  decimalHalfWidth: String,
  chineseCounting: writeNumeral,
  chineseCountingThousand: writeNumeral,
  japaneseCounting: writeNumeral,
  taiwaneseCounting: writeNumeral,
  chineseLegalSimplified: (n) => [...writeNumeral(n)].map((c) => LEGAL.get(c) ?? c).join(''),
  ideographDigital: writeDigits,
  taiwaneseDigital: writeDigits,
  ideographTraditional: cycle('甲乙丙丁戊己庚辛壬癸'),
  ideographZodiac: cycle('子丑寅卯辰巳午未申酉戌亥'),
  decimalEnclosedCircle: CIRCLED(0x2460, 0x2473),
  decimalEnclosedCircleChinese: CIRCLED(0x2460, 0x2473),
  ideographEnclosedCircle: CIRCLED(0x3280, 0x3289),
  decimalEnclosedParen: CIRCLED(0x2474, 0x2487),
  decimalEnclosedFullstop: CIRCLED(0x2488, 0x249b),
  lowerLetter: LETTERS(0x61),
  upperLetter: LETTERS(0x41),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  // A bullet or no number: the paragraph has nothing to write.
  bullet: () => '',
  none: () => '',
};

function readLevels(abstractNum: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(abstractNum, 'w:lvl')) {
    levels.set(Number(lvl.getAttribute('w:ilvl') || 0), {
      start: Number(value(child(lvl, 'w:start')) ?? 1),
      format: value(child(lvl, 'w:numFmt')) ?? 'decimal',
      text: value(child(lvl, 'w:lvlText')) ?? '',
      legal: child(lvl, 'w:isLgl') !== undefined && value(child(lvl, 'w:isLgl')) !== '0',
      restarts: value(child(lvl, 'w:lvlRestart')) !== '0',
      style: value(child(lvl, 'w:pStyle')),
    });
  }
  return levels;
}

/** A style's numbering (numId, level), from the style or the styles it is based on. */
function styleNumbering(styles: Map<string, XmlElement>, id: string | undefined, seen = new Set<string>()) {
  if (!id || seen.has(id)) return undefined;
  seen.add(id);
  const style = styles.get(id);
  if (!style) return undefined;
  const numPr = child(child(style, 'w:pPr'), 'w:numPr');
  if (numPr) return { numId: value(child(numPr, 'w:numId')), level: value(child(numPr, 'w:ilvl')) };
  return styleNumbering(styles, value(child(style, 'w:basedOn')), seen);
}

/**
 * The .docx `bytes` with each automatically numbered paragraph's number written at the head
 * of its text and the numbering emptied; the bytes as they were when the file numbers nothing.
 */
export async function writeOutNumbering(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const numberingFile = zip.file('word/numbering.xml');
  const documentFile = zip.file('word/document.xml');
  if (!numberingFile || !documentFile) return bytes;
  const parser = new DOMParser();
  const numbering = parser.parseFromString(await numberingFile.async('string'), 'text/xml');
  const document = parser.parseFromString(await documentFile.async('string'), 'text/xml');
  const stylesFile = zip.file('word/styles.xml');
  const styles = new Map<string, XmlElement>();
  if (stylesFile) {
    const stylesXml = parser.parseFromString(await stylesFile.async('string'), 'text/xml');
    for (const style of all(stylesXml, 'w:style')) styles.set(style.getAttribute('w:styleId') ?? '', style);
  }

  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstractNum of all(numbering, 'w:abstractNum')) {
    abstracts.set(abstractNum.getAttribute('w:abstractNumId') ?? '', readLevels(abstractNum));
  }
  const instances = new Map<string, Instance>();
  for (const num of all(numbering, 'w:num')) {
    const starts = new Map<number, number>();
    for (const override of children(num, 'w:lvlOverride')) {
      const start = value(child(override, 'w:startOverride'));
      if (start !== undefined) starts.set(Number(override.getAttribute('w:ilvl') || 0), Number(start));
    }
    instances.set(num.getAttribute('w:numId') ?? '', {
      abstractId: value(child(num, 'w:abstractNumId')) ?? '',
      starts,
    });
  }
  // A list level that names a paragraph style numbers the paragraphs of that style.
  const levelByStyle = new Map<string, { abstractId: string; level: number }>();
  for (const [abstractId, levels] of abstracts)
    for (const [level, { style }] of levels) if (style) levelByStyle.set(style, { abstractId, level });

  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  let numbered = 0;
  for (const paragraph of all(document, 'w:p')) {
    const pPr = child(paragraph, 'w:pPr');
    const styleId = value(child(pPr, 'w:pStyle'));
    const own = child(pPr, 'w:numPr');
    const fromStyle = styleNumbering(styles, styleId);
    const numId = own ? value(child(own, 'w:numId')) : fromStyle?.numId;
    let abstractId: string | undefined;
    let level: number | undefined;
    if (numId !== undefined) {
      // numId 0 says "not numbered", overriding the style.
      if (numId === '0') continue;
      const instance = instances.get(numId);
      if (!instance) continue;
      abstractId = instance.abstractId;
      const levelValue = (own ? value(child(own, 'w:ilvl')) : undefined) ?? fromStyle?.level;
      level = levelValue !== undefined ? Number(levelValue) : (levelByStyle.get(styleId ?? '')?.level ?? 0);
      if (!used.has(numId)) {
        used.add(numId);
        const count = counters.get(abstractId) ?? [];
        for (const [at, start] of instance.starts) count[at] = start - 1;
        counters.set(abstractId, count);
      }
    } else if (styleId && levelByStyle.has(styleId)) {
      ({ abstractId, level } = levelByStyle.get(styleId)!);
    } else continue;

    const levels = abstracts.get(abstractId);
    const definition = levels?.get(level);
    if (!levels || !definition) continue;
    const count = counters.get(abstractId) ?? [];
    counters.set(abstractId, count);
    count[level] = (count[level] ?? definition.start - 1) + 1;
    for (const [deeper, { restarts }] of levels) if (deeper > level && restarts) delete count[deeper];

    const label = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const shown = Number(digit) - 1;
      const shownLevel = levels.get(shown);
      const n = count[shown] ?? shownLevel?.start ?? 1;
      const format = definition.legal ? 'decimal' : (shownLevel?.format ?? 'decimal');
      const write = FORMATS[format];
      const written = write?.(n);
      if (written === undefined)
        throw new UnreadableFile(
          `${name}: the paragraph "${textOf(paragraph).slice(0, 20)}" is numbered by Word in the format "${format}", which the importer cannot write out: in Word, save the file as plain text (.txt), which writes the numbers out, and import that`,
        );
      return written;
    });
    numbered += 1;
    if (!label || definition.format === 'bullet') continue;
    const run = document.createElementNS(W, 'w:r');
    const text = document.createElementNS(W, 'w:t');
    text.setAttribute('xml:space', 'preserve');
    text.appendChild(document.createTextNode(label));
    run.appendChild(text);
    paragraph.insertBefore(run, pPr ? pPr.nextSibling : paragraph.firstChild);
  }
  if (numbered === 0) return bytes;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document));
  // Emptied, so that the paragraphs are read as the plain paragraphs they now are.
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"/>`);
  return zip.generateAsync({ type: 'uint8array' });
}
