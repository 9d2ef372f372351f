/**
 * remark plugin: ties the report's figures to `content/indicators.yaml`. In each section,
 * every indicator's figure (`492.06亿元`) is found inside its quote, wherever the quote now
 * stands in the section, and becomes a link to its row on the 主要指标 page, with an id
 * (`#fig-<indicator>`) that the row links back to. The paragraph (`#p3`) is where the quote
 * was found: inserting, splitting or moving paragraphs moves nothing in the data, and a line
 * break inside a quote does not hide it (spaces and line breaks are not compared).
 *
 * Every problem of a section is reported at once, in one error whose lines each name the
 * data file's line, the indicator and the field: a quote no longer in the text (with the
 * passage now most like it), a quote found in several places (naming them), a quote that
 * does not hold its figure, a figure split by formatting. A section that does not exist
 * stops the build before any file is rendered.
 *
 * Runs after remark-paragraph-anchors (paragraph numbers) and before remark-glossary
 * (which does not link inside these links).
 */
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Indicator } from '../../schemas/indicators.ts';
import { figureText } from '../content/load-indicators.ts';
import { figureAnchorId, paragraphId } from '../../shared/paths.ts';
import { siteUrls } from '../../shared/urls.ts';
import { clauseAround } from '../../shared/indicators/clause.ts';
import { setPageData, type IndicatorPageData } from '../../shared/page-data.ts';
import { ContentError, formatProblem, type ContentProblem } from '../../shared/content-error.ts';
import { closestPassage, joinLines, mappedIndex, occurrences, squeeze } from './quote-text.ts';

export interface Options {
  indicators: Indicator[];
  /** The line of each indicator's entry in the data file, by id, for error messages. */
  lines?: Record<string, number>;
  /** The data file, for error messages. */
  dataFile: string;
  /** The site's base path, ending in `/`. */
  base: string;
  /** The slug of the section a file holds, or undefined for other files. */
  sectionOf: (path: string) => string | undefined;
  /** Every section slug, to refuse data pointing at a section that does not exist. */
  sections: string[];
}

interface Run {
  node: Text;
  parent: { children: PhrasingContent[] };
  start: number;
  linked: boolean;
}

/** The paragraph's text nodes, with their offsets in the paragraph's text and whether they are inside a link. */
function textRuns(paragraph: Paragraph) {
  const runs: Run[] = [];
  let text = '';
  const walk = (parent: { children: PhrasingContent[] }, linked: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        runs.push({ node: child, parent, start: text.length, linked });
        text += child.value;
      } else if ('children' in child) {
        walk(child as { children: PhrasingContent[] }, linked || child.type === 'link');
      }
    }
  };
  walk(paragraph, false);
  return { text, runs };
}

/** A numbered paragraph of the section (`#p3`), with its text as it stands before any figure is linked. */
interface SectionParagraph {
  node: Paragraph;
  id: string;
  text: string;
  runs: Run[];
  squeezed: ReturnType<typeof squeeze>;
}

/** Where a figure stands: its paragraph, and the figure's span in the paragraph's text. */
interface Place {
  paragraph: SectionParagraph;
  start: number;
  end: number;
}

/** Text without line breaks and runs of spaces, for messages that are one line each. */
const oneLine = (text: string) => joinLines(text).text.replace(/\s+/g, ' ').trim();

/**
 * The section's numbered paragraphs, and all their text without whitespace in one string,
 * where a quote is looked for: paragraphs that follow each other run on (a quote may span a
 * paragraph that was split in two), others are kept apart by a character no quote holds.
 */
function sectionText(tree: Root) {
  const paragraphs: SectionParagraph[] = [];
  let text = '';
  const where: { paragraph: number; offset: number }[] = [];
  let previous = -2;
  tree.children.forEach((node, index) => {
    const id = node.type === 'paragraph' ? node.data?.hProperties?.id : undefined;
    if (node.type !== 'paragraph' || typeof id !== 'string') return;
    if (index !== previous + 1 && text) {
      text += '\u0000';
      where.push({ paragraph: -1, offset: -1 });
    }
    previous = index;
    const { text: plain, runs } = textRuns(node);
    const squeezed = squeeze(plain);
    for (let i = 0; i < squeezed.text.length; i += 1) where.push({ paragraph: paragraphs.length, offset: squeezed.from[i] });
    text += squeezed.text;
    paragraphs.push({ node, id, text: plain, runs, squeezed });
  });
  return { paragraphs, text, where };
}

export default function remarkIndicatorLinks({ indicators, lines = {}, dataFile, base, sectionOf, sections }: Options) {
  const known = new Set(sections);
  const urls = siteUrls(base);
  const problemOf = (indicator: Indicator, field: string, message: string): ContentProblem => ({
    file: dataFile,
    line: lines[indicator.id],
    entry: `indicator "${indicator.id}"`,
    field,
    message,
  });
  const unknown = indicators.filter((indicator) => !known.has(indicator.source.section));
  if (unknown.length > 0) {
    throw new ContentError(unknown.map((indicator) => problemOf(indicator, 'source.section', `no section with slug "${indicator.source.section}" in content/sections/`)));
  }

  return (tree: Root, file: VFile) => {
    const slug = file.path ? sectionOf(file.path) : undefined;
    if (!slug) return;
    const wanted = indicators.filter((indicator) => indicator.source.section === slug);
    if (wanted.length === 0) return;
    const section = sectionText(tree);
    // The data file is at fault, but the section being rendered is where it shows: all of
    // the section's problems are gathered, and reported once.
    const problems: ContentProblem[] = [];
    const places = new Map<Indicator, Place>();

    for (const indicator of wanted) {
      const problem = (message: string) => problems.push(problemOf(indicator, 'source.quote', message));
      const { quote, paragraph: hint } = indicator.source;
      const figure = figureText(indicator);
      const wantedQuote = squeeze(quote).text;
      const wantedFigure = squeeze(figure).text;
      const inQuote = wantedQuote.indexOf(wantedFigure);
      if (inQuote === -1) {
        problem(`“${quote}” does not contain the figure “${figure}” (value + unit)`);
        continue;
      }
      // Each occurrence of the quote, as the paragraph and span of the figure inside it.
      const found = occurrences(section.text, wantedQuote).map((at): Place | undefined => {
        const first = section.where[at + inQuote];
        const last = section.where[at + inQuote + wantedFigure.length - 1];
        if (first.paragraph !== last.paragraph) return undefined;
        return { paragraph: section.paragraphs[first.paragraph], start: first.offset, end: last.offset + 1 };
      });
      if (found.length === 0) {
        const closest = closestPassage(wantedQuote, section.paragraphs.map((p) => p.squeezed.text));
        const near = closest && closest.score > 0 ? section.paragraphs[closest.index] : undefined;
        const passage = near && closest ? oneLine(near.text.slice(near.squeezed.from[closest.start], near.squeezed.from[closest.end - 1] + 1)) : '';
        problem(
          `“${quote}” is no longer in section "${slug}"; ` +
            (near ? `the closest text now, in ${near.id}, is “${passage}”. ` : 'nothing there is like it. ') +
            `If the sentence was reworded, copy its new wording into the quote (and a changed figure into value and unit); if it was removed, remove the entry`,
        );
        continue;
      }
      if (found.some((place) => !place)) {
        problem(`the figure “${figure}” of “${quote}” is split across two paragraphs: join them, or keep the figure in one`);
        continue;
      }
      const candidates = found as Place[];
      const chosen = candidates.length === 1 ? candidates : candidates.filter((place) => hint !== undefined && place.paragraph.id === paragraphId(hint));
      if (chosen.length !== 1) {
        const ids = candidates.map((place) => place.paragraph.id);
        const list = ids.length === 2 ? `${ids[0]} and ${ids[1]}` : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
        problem(
          `“${quote}” occurs ${candidates.length} times in section "${slug}", in ${list}` +
            (hint !== undefined ? ` (source.paragraph ${hint} ${chosen.length === 0 ? 'names none of them' : 'does not tell them apart'})` : '') +
            `: lengthen the quote with words around the figure until it names one place`,
        );
        continue;
      }
      const place = chosen[0];
      const run = place.paragraph.runs.find((r) => r.start <= place.start && place.end <= r.start + r.node.value.length);
      if (!run || run.linked) {
        problem(`the figure “${figure}” is split by formatting or already inside a link (${place.paragraph.id})`);
        continue;
      }
      const other = [...places].find(([, taken]) => taken.paragraph === place.paragraph && taken.start < place.end && place.start < taken.end);
      if (other) {
        problem(`the figure “${figure}” in ${place.paragraph.id} is already the figure of indicator "${other[0].id}": each figure of the text is one entry`);
        continue;
      }
      places.set(indicator, place);
    }
    if (problems.length > 0) file.fail(problems.map(formatProblem).join('\n'));

    const data: IndicatorPageData = {};
    for (const [indicator, { paragraph, start, end }] of places) {
      // Linking an earlier figure split the text nodes: find the run again (the text is the same).
      const run = textRuns(paragraph.node).runs.find((r) => !r.linked && r.start <= start && end <= r.start + r.node.value.length)!;
      const offset = start - run.start;
      const link: Link = {
        type: 'link',
        url: urls.indicators(indicator.id),
        children: [{ type: 'text', value: paragraph.text.slice(start, end) }],
        data: { hProperties: { id: figureAnchorId(indicator.id), className: ['figure-link'], title: `${indicator.indicator}：见主要指标` } },
      };
      const pieces: PhrasingContent[] = [
        ...(offset > 0 ? [{ type: 'text' as const, value: run.node.value.slice(0, offset) }] : []),
        link,
        ...(end - run.start < run.node.value.length ? [{ type: 'text' as const, value: run.node.value.slice(end - run.start) }] : []),
      ];
      run.parent.children.splice(run.parent.children.indexOf(run.node), 1, ...pieces);
      // The clause as a reader sees it, a line break in the source joined.
      const shown = joinLines(paragraph.text);
      data[indicator.id] = { paragraph: paragraph.id, clause: clauseAround(shown.text, mappedIndex(shown, start), mappedIndex(shown, end)) };
    }
    setPageData(file.data, 'indicators', data);
  };
}
