/**
 * The report's own structure, and the sections cut along it.
 *
 * Headings: `一、…` (a part), `（一）…` (an area of a part), either on a line of their own or
 * as the lead sentence of a paragraph (`（一）突出扩大内需战略基点，…。精准发力…`), and
 * unnumbered titles on lines of their own (`过去五年工作回顾`: short, no sentence punctuation),
 * which are parts when the report numbers no parts and areas otherwise. A second unnumbered
 * line right after a part title is its subtitle.
 *
 * Titles keep the report's numbering as written (一、…, （一）…): readers and the press cite by it.
 *
 * Sections follow the parts, at a size that fits one sitting. Reading Chinese prose
 * attentively runs at some 400–500 characters a minute, so:
 * - a part of up to SECTION_MAX (5 000) characters, 10–12 minutes, stays whole;
 * - a longer part is split by its （一） areas, one section each (areas run from a few
 *   hundred to 3 500 characters in the reports seen), except that an area of under INTRO_MIN
 *   characters follows the section before it, under its own heading; the part's text before its first area
 *   is a section of its own when it has INTRO_MIN (300) characters or more (the year's
 *   targets usually stand there), else it opens the first area's section;
 * - a longer part without areas is cut at paragraph ends into pieces of about equal size, at
 *   most SECTION_MAX each, preferring a cut before `各位代表！`.
 * The opening (各位代表：现在，我代表…) opens the first section.
 */
import { OUTLINE_HINT } from '../node/content/report-files.ts';
import type { SourceParagraph } from './paragraphs.ts';
import { StructureError } from './glossary.ts';
import { isBodyCaption } from './body-captions.ts';
import { headingTitle, sectionSlug, shortLabel, unique } from './slug.ts';
import { AREA_NUMBER, HEADING_NUMBER as HEADING_NUMBER_AT_START, PART_NUMBER, POINT_NUMBER } from '../shared/text.ts';
import type { Outline } from '../schemas/outline.ts';
import { readNumber } from '../shared/numerals.ts';
import { hasHan } from '../shared/han.ts';

export const SECTION_MAX = 5000;
export const INTRO_MIN = 300;

export type Style = 'auto' | 'plain' | 'lead' | 'area';

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  /** A photo caption inside the text (body-captions.ts): kept where it stands, as a caption. */
  | { kind: 'caption'; text: string; line: number };

export interface PlannedPart {
  id: string;
  title: string;
  subtitle?: string;
}

export interface PlannedSection {
  slug: string;
  part: string;
  /** Undefined for the `area` style, whose title is its first sentence. */
  title?: string;
  shortTitle?: string;
  style: Style;
  /** The section's text; with the `auto` style, the heading that gives its title is left out. */
  blocks: Block[];
}

const SENTENCE_MARK = /[。！？；：，、!?;:,]/;

/** An annex after the report (附件, 附件1, 附件二): a part of its own, numbered on its own. */
export const ANNEX = /^附件[一二三四五六七八九十\d]*[：:]?$/;

/** A title on a line of its own: short, no sentence punctuation, some Chinese. */
export function isTitleLine(text: string): boolean {
  return [...text].length <= 30 && !SENTENCE_MARK.test(text) && hasHan(text) && !/^各位代表/.test(text);
}

/**
 * Splits a numbered paragraph into its heading and the text after it: the whole paragraph
 * when it is one sentence, else its lead sentence.
 */
function headingAndRest(text: string): { heading: string; rest: string } {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return { heading: text, rest: '' };
  return { heading: text.slice(0, end + 1), rest: text.slice(end + 1) };
}

/**
 * Every paragraph as a heading or a paragraph. Numbered headings are checked to run in order
 * (一、二、三、; （一）（二） again from one in each part) unless `checkOrder` is false (a slice).
 */
export function classify(body: SourceParagraph[], checkOrder = true): Block[] {
  const numberedParts = body.some((p) => PART_NUMBER.test(p.text) && headingAndRest(p.text).heading.length <= 60);
  const blocks: Block[] = [];
  let part = 0;
  let area = 0;
  let previous = '';
  /** In an annex (附件1 2026年十件民生实事), whose items are numbered on their own: not checked. */
  let inAnnex = false;
  for (const p of body) {
    if (ANNEX.test(p.text)) {
      blocks.push({ kind: 'heading', level: 1, text: p.text, line: p.line });
      inAnnex = true;
      continue;
    }
    if (inAnnex) {
      if (HEADING_NUMBER_AT_START.test(p.text)) {
        const { heading, rest } = headingAndRest(p.text);
        blocks.push({ kind: 'heading', level: 2, text: heading, line: p.line });
        if (rest) blocks.push({ kind: 'paragraph', text: rest, line: p.line });
      } else if (isTitleLine(p.text)) blocks.push({ kind: 'heading', level: 2, text: p.text, line: p.line });
      else blocks.push({ kind: 'paragraph', text: p.text, line: p.line });
      continue;
    }
    // Before the headings: a short caption without punctuation would pass for a title line.
    if (isBodyCaption(p.text)) {
      blocks.push({ kind: 'caption', text: p.text, line: p.line });
      continue;
    }
    const partMatch = PART_NUMBER.exec(p.text);
    const areaMatch = AREA_NUMBER.exec(p.text);
    const match = partMatch ?? areaMatch;
    if (match) {
      const { heading, rest } = headingAndRest(p.text);
      const level = partMatch ? 1 : 2;
      const n = readNumber(match[1]) ?? Number.NaN;
      const expected = level === 1 ? part + 1 : area + 1;
      if (checkOrder && n !== expected) {
        throw new StructureError(
          p.line,
          `heading "${heading.slice(0, 24)}" is number ${n} where ${expected} was expected${previous ? ` (after "${previous.slice(0, 24)}")` : ''}: a heading is missing, or this line is not a heading`,
        );
      }
      if (level === 1) {
        part = n;
        area = 0;
      } else area = n;
      previous = heading;
      blocks.push({ kind: 'heading', level, text: heading, line: p.line });
      if (rest) blocks.push({ kind: 'paragraph', text: rest, line: p.line });
    } else if (isTitleLine(p.text)) {
      blocks.push({ kind: 'heading', level: numberedParts ? 2 : 1, text: p.text, line: p.line });
      if (!numberedParts) area = 0;
    } else blocks.push({ kind: 'paragraph', text: p.text, line: p.line });
  }
  return blocks;
}

const ORDINALS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

const size = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);

/** Cuts blocks into pieces of about equal size, at most SECTION_MAX each, preferring a cut before 各位代表. */
function cutEvenly(blocks: Block[]): Block[][] {
  const total = size(blocks);
  const pieces = Math.ceil(total / SECTION_MAX);
  if (pieces <= 1) return [blocks];
  const cuts: number[] = [];
  let done = 0;
  let from = 0;
  for (let k = 1; k < pieces; k += 1) {
    const target = (total * k) / pieces;
    let best = -1;
    let bestScore = Infinity;
    let running = done;
    for (let i = from + 1; i < blocks.length; i += 1) {
      running += blocks[i - 1].text.length;
      const distance = Math.abs(running - target);
      if (distance > total / pieces / 2) continue;
      const score = distance - (/^各位代表/.test(blocks[i].text) ? total / pieces / 2 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    cuts.push(best);
    done += size(blocks.slice(from, best));
    from = best;
  }
  return [0, ...cuts].map((at, i) => blocks.slice(at, cuts[i] ?? blocks.length));
}

/** A point's number before at least four characters of its words. */
const POINT_BEFORE_WORDS = new RegExp(`^${POINT_NUMBER}(?=.{4})`);

/** A title for a piece that starts in the middle of a part: its first short sentence, or the part's with （续）. */
function pieceTitle(blocks: Block[], partTitle: string): string {
  const first =
    blocks
      .find((b) => b.kind === 'paragraph' && !/^各位代表[！!：:]?$/.test(b.text))
      ?.text.replace(/^各位代表[！!：:]/, '') ?? '';
  // A point of a list (四是美丽北京建设成效凸显) is titled by its words, not its number.
  const sentence = first.split(/[。！？]/)[0].replace(POINT_BEFORE_WORDS, '');
  if (sentence && [...sentence].length <= 24 && sentence.length < first.length) return sentence;
  return `${partTitle}（续）`;
}

/** Parts and sections detected from the blocks. */
export function planSections(
  blocks: Block[],
  fallbackTitle: string,
): { parts: PlannedPart[]; sections: PlannedSection[] } {
  const firstPart = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const opening = firstPart < 0 ? [] : blocks.slice(0, firstPart);
  const groups: { heading?: Block; subtitle?: string; blocks: Block[] }[] = [];
  if (firstPart < 0) {
    if (!blocks.some((b) => b.kind === 'heading')) {
      if (size(blocks) > SECTION_MAX) {
        throw new StructureError(
          blocks[0]?.line ?? 1,
          `no headings found (一、…, （一）… or a title on a line of its own) in ${size(blocks)} characters of text: list where sections start under \`sections:\` in ${OUTLINE_HINT}`,
        );
      }
    }
    groups.push({ blocks });
  } else {
    for (let i = firstPart; i < blocks.length; i += 1) {
      const block = blocks[i];
      if (block.kind === 'heading' && block.level === 1) {
        const next = blocks[i + 1];
        // An unnumbered title followed by another title line: that line is its subtitle.
        const subtitle =
          !PART_NUMBER.test(block.text) &&
          next?.kind === 'heading' &&
          !AREA_NUMBER.test(next.text) &&
          isTitleLine(next.text)
            ? next.text
            : undefined;
        groups.push({ heading: block, subtitle, blocks: [] });
        if (subtitle) i += 1;
      } else groups.at(-1)!.blocks.push(block);
    }
    groups[0].blocks.unshift(...opening);
  }

  const parts: PlannedPart[] = [];
  const sections: PlannedSection[] = [];
  const slugs = new Set<string>();
  groups.forEach((group, index) => {
    const id = ORDINALS[index] ?? `part${'abcdefghijklmnopqrstuvwxyz'[index % 26]}`;
    const partTitle = group.heading ? group.heading.text : fallbackTitle;
    parts.push({ id, title: partTitle, ...(group.subtitle ? { subtitle: group.subtitle } : {}) });
    const titleOfPart = headingTitle(partTitle);
    const add = (title: string, sectionBlocks: Block[]) => {
      sections.push({
        slug: unique(sectionSlug(title), slugs),
        part: id,
        title,
        shortTitle: shortLabel(title),
        style: 'auto',
        blocks: sectionBlocks,
      });
    };
    const areaAt = group.blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 2 ? [i] : []));
    if (size(group.blocks) <= SECTION_MAX) {
      add(titleOfPart, group.blocks);
    } else if (areaAt.length > 0) {
      const intro = group.blocks.slice(0, areaAt[0]);
      const areas = areaAt.map((at, i) => group.blocks.slice(at, areaAt[i + 1] ?? group.blocks.length));
      if (size(intro) >= INTRO_MIN) add(titleOfPart, intro);
      else {
        add(titleOfPart, [...intro, ...areas[0]]);
        areas.shift();
      }
      for (const area of areas) {
        // An area of a few lines is no page of its own: it follows the area before, under its heading.
        if (size(area) < INTRO_MIN) sections.at(-1)!.blocks.push(...area);
        else add(headingTitle(area[0].text), area.slice(1));
      }
    } else {
      cutEvenly(group.blocks).forEach((piece, i) => add(i === 0 ? titleOfPart : pieceTitle(piece, titleOfPart), piece));
    }
  });
  return { parts, sections };
}

/**
 * The plan of the report's outline.yaml: sections start at the paragraphs its `start`s name; the
 * paragraphs equal to a part's title or subtitle are taken out of the running text.
 */
export function planFromOutline(
  body: SourceParagraph[],
  outline: Outline & { sections: NonNullable<Outline['sections']> },
  detected: PlannedPart[],
): { parts: PlannedPart[]; sections: PlannedSection[] } {
  const parts: PlannedPart[] = outline.parts ?? detected;
  let text = [...body];
  for (const part of outline.parts ?? []) {
    for (const line of [part.title, part.subtitle]) {
      const at = line ? text.findIndex((p) => p.text === line) : -1;
      if (at >= 0) text = [...text.slice(0, at), ...text.slice(at + 1)];
    }
  }
  const starts: number[] = [];
  outline.sections.forEach((plan, i) => {
    const from = i === 0 ? 0 : starts[i - 1] + 1;
    const at = i === 0 && plan.start === '' ? 0 : text.findIndex((p, j) => j >= from && p.text.startsWith(plan.start));
    if (at < 0)
      throw new StructureError(
        text[from]?.line ?? 1,
        `${OUTLINE_HINT}: section ${i + 1}${plan.slug ? ` "${plan.slug}"` : ''} should start with "${plan.start}", and no paragraph after the previous section's start does`,
      );
    starts.push(at);
  });
  const slugs = new Set<string>();
  let part = parts[0].id;
  const sections = outline.sections.map((plan, i): PlannedSection => {
    part = plan.part ?? part;
    if (!parts.some((p) => p.id === part))
      throw new StructureError(
        1,
        `${OUTLINE_HINT}: section ${i + 1} is in part "${part}", which is not among the parts (${parts.map((p) => p.id).join(', ')})`,
      );
    const style = plan.style ?? 'auto';
    let blocks: Block[] = text
      .slice(starts[i], starts[i + 1] ?? text.length)
      .map((p) => ({ kind: isBodyCaption(p.text) ? 'caption' : 'paragraph', text: p.text, line: p.line }));
    let title = plan.title;
    if (style === 'auto') {
      blocks = classify(text.slice(starts[i], starts[i + 1] ?? text.length), false);
      if (!title && blocks[0]?.kind === 'heading') title = headingTitle(blocks.shift()!.text);
    }
    // A caption that opens the section does not name it: its first paragraph does.
    const first = blocks.find((block) => block.kind !== 'caption');
    if (!title && style !== 'area') title = headingTitle(first?.text.split('。')[0] ?? `第${i + 1}节`);
    const slug = unique(plan.slug ?? sectionSlug(title ?? first?.text ?? ''), slugs);
    return { slug, part, title, shortTitle: plan.shortTitle ?? (title ? shortLabel(title) : undefined), style, blocks };
  });
  return { parts, sections };
}
