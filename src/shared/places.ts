/**
 * A paragraph's place as readers name it, by the report's own numbering: 第二部分（三）第2段 is
 * the second paragraph of area （三） of part 二、; 第一部分第5段 the fifth of part 一、 before
 * its first area. Paragraphs are counted from the start of their area, or of their part when
 * the part has no area there; a section that continues a part (or an area) counts on from the
 * section before it. A report whose parts are not numbered (a news article) has no places:
 * its paragraphs are cited by their number on the page.
 */
import { AREA_NUMBER, PART_NUMBER } from './text.ts';

/** Where a section starts, in the report's numbering. */
export interface SectionPlace {
  /** The part's numeral as written (二), when the part is numbered. */
  part?: string;
  /** The area's numeral (三), when the section starts inside a numbered area. */
  area?: string;
  /** Paragraphs of the same part or area in the sections before this one. */
  before: number;
}

/** A block of a section's text, as far as places need it (a paragraph's text is for its anchor). */
export type PlaceBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text?: string };

/** The numeral of an area heading (（三）…) or undefined. */
export const areaOf = (heading: string): string | undefined => AREA_NUMBER.exec(heading)?.[1];
/** The numeral of a part heading (二、…) or undefined. */
export const partOf = (heading: string): string | undefined => PART_NUMBER.exec(heading)?.[1];

/** `第二部分（三）第2段`, or undefined when the part is not numbered. */
export function placeName(part: string | undefined, area: string | undefined, paragraph: number): string | undefined {
  if (!part) return undefined;
  return `第${part}部分${area ? `（${area}）` : ''}第${paragraph}段`;
}

/**
 * Walks a section's blocks from where it starts: the place of each paragraph, in order, and
 * where a section that continues it starts. An area heading (`## （三）…`) starts the count again.
 */
function walk(start: SectionPlace, blocks: PlaceBlock[]): { places: (string | undefined)[]; end: SectionPlace } {
  let area = start.area;
  let count = start.before;
  const places: (string | undefined)[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const numeral = areaOf(block.text);
      if (numeral) {
        area = numeral;
        count = 0;
      }
    } else {
      count += 1;
      places.push(placeName(start.part, area, count));
    }
  }
  return { places, end: { ...start, ...(area ? { area } : {}), before: count } };
}

/** The place of each paragraph of a section, in order, from where the section starts and its blocks. */
export const paragraphPlaces = (start: SectionPlace, blocks: PlaceBlock[]): (string | undefined)[] =>
  walk(start, blocks).places;

/**
 * Where each section starts, in reading order. A section titled with a part's or an area's
 * number starts that part or area; the first section of a part starts the part; any other
 * section continues the one before it.
 */
export function sectionPlaces(
  sections: { part: string; title: string; blocks: PlaceBlock[] }[],
  partTitles: ReadonlyMap<string, string>,
): SectionPlace[] {
  const places: SectionPlace[] = [];
  sections.forEach((section, i) => {
    const part = partOf(partTitles.get(section.part) ?? '');
    const previous = sections[i - 1];
    const area = areaOf(section.title);
    if (area) places.push({ part, area, before: 0 });
    else if (!previous || previous.part !== section.part || partOf(section.title)) places.push({ part, before: 0 });
    else places.push(walk(places[i - 1], previous.blocks).end);
  });
  return places;
}
