/**
 * Paragraph anchors that survive editing. A section's paragraphs are linked as `#p1`,
 * `#p2`…; once published, an anchor stays with its paragraph: a paragraph inserted, removed
 * or reworded above it moves nothing. <report>/published.yaml keeps, for each section, the
 * anchors it published, in reading order, each with a fingerprint of its paragraph's text
 * (`p3 1a2b3c4d 五年来，全区`: a hash of the whole text and its first characters).
 *
 * Each build aligns the section's paragraphs now with that record:
 * 1. paragraphs whose text is unchanged keep their anchor (the longest common run of
 *    fingerprints, in order);
 * 2. between two such paragraphs, a changed paragraph keeps the anchor of the recorded one
 *    it most resembles by its first characters (a reworded or split paragraph);
 * 3. an unchanged paragraph moved elsewhere in the section keeps its anchor;
 * 4. a paragraph that is new takes the next number never used in the section;
 * 5. an anchor whose paragraph is gone (removed, or merged into another) still answers, on
 *    the paragraph now in the place where it stood; its line stays in the record, marked
 *    `-p7 …`, and its text written again brings it back.
 * A section never recorded (its first build) numbers its paragraphs in reading order, as
 * `#pN` always did, so every anchor published before this record keeps its paragraph.
 */
import { createHash } from 'node:crypto';
import { paragraphId } from '../../shared/paths.ts';

/** How many characters of a paragraph the record shows and resemblance compares. */
const OPENING = 12;
/** How alike two openings must be (Dice coefficient of their character pairs) to be one paragraph. */
const ALIKE = 0.5;

export interface RecordedParagraph {
  id: string;
  hash: string;
  opening: string;
  /** The paragraph is gone from the section (its line starts with `-`); its anchor answers on. */
  gone: boolean;
}

export interface SectionAnchors {
  /** The anchor of each paragraph now, in reading order. */
  anchors: string[];
  /** For each paragraph now, the anchors of gone paragraphs that now lead to it. */
  aliases: string[][];
  /** The record to keep: every anchor ever published, in reading order, with its text now. */
  record: string[];
}

/** The text a fingerprint is made of: without spaces, which Markdown line breaks add. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

export function fingerprint(id: string, text: string): string {
  const plain = squeezed(text);
  const hash = createHash('sha1').update(plain).digest('hex').slice(0, 8);
  return `${id} ${hash} ${[...plain].slice(0, OPENING).join('')}`.trimEnd();
}

/** A line of the record: `p3 1a2b3c4d 五年来，全区` (`-p3 …` for a gone paragraph); undefined if it is not one. */
export function readRecorded(line: string): RecordedParagraph | undefined {
  const match = /^(-?)(p\d+) ([0-9a-f]{8}) ?(.*)$/.exec(line);
  return match ? { id: match[2], hash: match[3], opening: match[4], gone: match[1] === '-' } : undefined;
}

function pairs(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((char, i) => chars[i] + char);
}

/** The Dice coefficient of two openings' character pairs (1 for the same opening). */
function resemblance(a: string, b: string): number {
  if (a === b) return 1;
  const left = pairs(a);
  const right = pairs(b);
  if (!left.length || !right.length) return 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * The pairs (recorded index, current index) of the best in-order alignment of `a` and `b`,
 * where `score` says what a pair is worth (0: not a pair).
 */
function align<A, B>(a: A[], b: B[], score: (x: A, y: B) => number): [number, number][] {
  const best = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const pair = score(a[i], b[j]);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], pair > 0 ? pair + best[i + 1][j + 1] : 0);
    }
  const found: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const pair = score(a[i], b[j]);
    if (pair > 0 && best[i][j] === pair + best[i + 1][j + 1]) {
      found.push([i, j]);
      i += 1;
      j += 1;
    } else if (best[i][j] === best[i + 1][j]) i += 1;
    else j += 1;
  }
  return found;
}

/** The anchors of a section's paragraphs (`texts`, in reading order) given its `recorded` lines. */
export function sectionAnchors(recorded: readonly string[] | undefined, texts: readonly string[]): SectionAnchors {
  const now = texts.map((text) => {
    const [, hash, opening = ''] = fingerprint('p0', text).split(' ');
    return { hash, opening, text };
  });
  const old = (recorded ?? []).map(readRecorded).filter((line): line is RecordedParagraph => line !== undefined);
  if (old.length === 0) {
    const anchors = texts.map((_, i) => paragraphId(i + 1));
    return { anchors, aliases: texts.map(() => []), record: texts.map((text, i) => fingerprint(anchors[i], text)) };
  }

  // 1. Unchanged paragraphs: a paragraph still there before one gone with the same text (a
  // paragraph written twice, or a gone one written again elsewhere), which comes back to its
  // anchor only where no paragraph still there claims its text; 2. in each stretch between
  // them, the paragraphs still there that are most alike.
  const matched = new Map<number, number>(); // recorded index → current index
  const same = align(old, now, (x, y) => (x.hash === y.hash ? (x.gone ? 1 : 2) : 0));
  const bounds: [number, number][] = [[-1, -1], ...same, [old.length, now.length]];
  for (let k = 1; k < bounds.length; k += 1) {
    const [oldFrom, nowFrom] = bounds[k - 1];
    const [oldTo, nowTo] = bounds[k];
    if (k < bounds.length - 1) matched.set(oldTo, nowTo);
    const oldGap = old.slice(oldFrom + 1, oldTo);
    const nowGap = now.slice(nowFrom + 1, nowTo);
    for (const [i, j] of align(oldGap, nowGap, (x, y) => {
      const alike = x.gone ? 0 : resemblance(x.opening, y.opening);
      return alike >= ALIKE ? alike : 0;
    }))
      matched.set(oldFrom + 1 + i, nowFrom + 1 + j);
  }

  // 3. A paragraph moved elsewhere in the section (or a gone one written again elsewhere)
  // keeps its anchor: an unchanged text left over, matched with a recorded line left over.
  const inOrder = new Map(matched);
  const taken = new Set(matched.values());
  const leftOver = old.map((line, i) => ({ line, i })).filter(({ i }) => !matched.has(i));
  for (const preferGone of [false, true])
    for (let j = 0; j < now.length; j += 1) {
      if (taken.has(j)) continue;
      const found = leftOver.find(({ line, i }) => !matched.has(i) && line.gone === preferGone && line.hash === now[j].hash);
      if (!found) continue;
      matched.set(found.i, j);
      taken.add(j);
    }

  // 4. New paragraphs take numbers never used in the section.
  const anchors: string[] = new Array(now.length);
  for (const [i, j] of matched) anchors[j] = old[i].id;
  let next = Math.max(0, ...old.map((line) => Number(line.id.slice(1)))) + 1;
  for (let j = 0; j < now.length; j += 1) anchors[j] ??= paragraphId(next++);

  // 5. Gone paragraphs: to the paragraph now in the place where they stood (the one after
  // the paragraph now that took the last recorded one kept in order before them), or the last one at
  // the end of the section. The record lists the paragraphs now in reading order, each gone
  // one after the paragraph it followed.
  const aliases: string[][] = now.map(() => []);
  const goneAfter = new Map<number, string[]>(); // current index (-1: the start) → gone lines
  let keptBefore = -1;
  for (let i = 0; i < old.length; i += 1) {
    // A moved paragraph says nothing of where the gone ones stood: only those kept in order do.
    const j = inOrder.get(i);
    if (j !== undefined) keptBefore = j;
    if (matched.has(i)) continue;
    const target = Math.min(keptBefore + 1, now.length - 1);
    if (target >= 0) aliases[target].push(old[i].id);
    goneAfter.set(keptBefore, [...(goneAfter.get(keptBefore) ?? []), `-${old[i].id} ${old[i].hash} ${old[i].opening}`.trimEnd()]);
  }
  const record: string[] = [...(goneAfter.get(-1) ?? [])];
  for (let j = 0; j < now.length; j += 1) record.push(fingerprint(anchors[j], now[j].text), ...(goneAfter.get(j) ?? []));
  return { anchors, aliases, record };
}
