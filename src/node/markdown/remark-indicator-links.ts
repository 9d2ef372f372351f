/**
 * remark plugin: ties the report's figures to `<report>/indicators.yaml`. In each section,
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
 * Each section in three steps: find where each quote puts its figure (src/shared/quote-text.ts,
 * as the importer's figure draft does), check that each names one place that can be linked,
 * then change the text. Runs after remark-paragraph-anchors (paragraph numbers) and before
 * remark-glossary (which does not link inside these links).
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
import {
  closestPassage,
  joinLines,
  mappedIndex,
  placeFigure,
  sectionQuoteText,
  squeeze,
  type FigurePlacement,
  type MappedText,
  type SectionQuoteText,
} from '../../shared/quote-text.ts';

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
  squeezed: MappedText;
}

/** The section's numbered paragraphs, and their text as quotes are looked for in it. */
interface Section {
  slug: string;
  paragraphs: SectionParagraph[];
  quoteText: SectionQuoteText;
}

/** Where a figure stands: its paragraph, and the figure's span in the paragraph's text. */
interface Place {
  paragraph: SectionParagraph;
  start: number;
  end: number;
}

/** Text without line breaks and runs of spaces, for messages that are one line each. */
const oneLine = (text: string) => joinLines(text).text.replace(/\s+/g, ' ').trim();

/** The section's numbered paragraphs: those that follow each other run on where quotes are looked for. */
function sectionText(tree: Root, slug: string): Section {
  const paragraphs: SectionParagraph[] = [];
  const follows: boolean[] = [];
  let previous = -2;
  tree.children.forEach((node, index) => {
    const id = node.type === 'paragraph' ? node.data?.hProperties?.id : undefined;
    if (node.type !== 'paragraph' || typeof id !== 'string') return;
    follows.push(index === previous + 1);
    previous = index;
    const { text, runs } = textRuns(node);
    paragraphs.push({ node, id, text, runs, squeezed: squeeze(text) });
  });
  const quoteText = sectionQuoteText(paragraphs.map(({ squeezed }, i) => ({ squeezed, follows: follows[i] })));
  return { slug, paragraphs, quoteText };
}

/** The index of the paragraph an indicator's `source.paragraph` names, -1 for none; undefined without one. */
function hintOf(section: Section, indicator: Indicator): number | undefined {
  const { paragraph } = indicator.source;
  return paragraph === undefined ? undefined : section.paragraphs.findIndex((p) => p.id === paragraphId(paragraph));
}

/** Find: where each indicator's quote puts its figure in the section. */
function findFigures(section: Section, indicators: Indicator[]): Map<Indicator, FigurePlacement> {
  const placementOf = (indicator: Indicator) =>
    placeFigure(section.quoteText, indicator.source.quote, figureText(indicator), hintOf(section, indicator));
  return new Map(indicators.map((indicator) => [indicator, placementOf(indicator)]));
}

/** Why a quote names no place: the quote is not in the section, with the passage now most like it. */
function lostQuote(section: Section, quote: string): string {
  const closest = closestPassage(
    squeeze(quote).text,
    section.paragraphs.map((p) => p.squeezed.text),
  );
  const near = closest && closest.score > 0 ? section.paragraphs[closest.index] : undefined;
  const from = near?.squeezed.from;
  const passage =
    near && closest && from ? oneLine(near.text.slice(from[closest.start], from[closest.end - 1] + 1)) : '';
  return (
    `“${quote}” is no longer in section "${section.slug}"; ` +
    (near ? `the closest text now, in ${near.id}, is “${passage}”. ` : 'nothing there is like it. ') +
    'If the sentence was reworded, copy its new wording into the quote (and a changed figure into value and unit); ' +
    'if it was removed, remove the entry'
  );
}

/** Why a quote names no one place: it is in several, which its hint (if any) does not tell apart. */
function ambiguousQuote(section: Section, indicator: Indicator, paragraphs: number[]): string {
  const { quote, paragraph: hint } = indicator.source;
  const ids = paragraphs.map((index) => section.paragraphs[index].id);
  const list = ids.length === 2 ? `${ids[0]} and ${ids[1]}` : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
  const named = paragraphs.includes(hintOf(section, indicator)!);
  const why = named ? 'does not tell them apart' : 'names none of them';
  return (
    `“${quote}” occurs ${paragraphs.length} times in section "${section.slug}", in ${list}` +
    (hint !== undefined ? ` (source.paragraph ${hint} ${why})` : '') +
    ': lengthen the quote with words around the figure until it names one place'
  );
}

/**
 * Check: a figure is linked where its quote names one place, the figure is one run of text
 * outside any link, and no other indicator's figure is there; every other figure is a
 * problem, with its message.
 */
function checkFigures(section: Section, found: Map<Indicator, FigurePlacement>) {
  const places = new Map<Indicator, Place>();
  const problems: [Indicator, string][] = [];
  for (const [indicator, placement] of found) {
    const { quote } = indicator.source;
    const figure = figureText(indicator);
    const problem = (message: string) => problems.push([indicator, message]);
    if (placement.found === 'figure missing') {
      problem(`“${quote}” does not contain the figure “${figure}” (value + unit)`);
    } else if (placement.found === 'none') {
      problem(lostQuote(section, quote));
    } else if (placement.found === 'split') {
      problem(
        `the figure “${figure}” of “${quote}” is split across two paragraphs: join them, or keep the figure in one`,
      );
    } else if (placement.found === 'many') {
      problem(ambiguousQuote(section, indicator, placement.paragraphs));
    } else {
      const paragraph = section.paragraphs[placement.paragraph];
      const { start, end } = placement;
      const run = paragraph.runs.find((r) => r.start <= start && end <= r.start + r.node.value.length);
      const other = [...places].find(
        ([, taken]) => taken.paragraph === paragraph && taken.start < end && start < taken.end,
      );
      if (!run || run.linked) {
        problem(`the figure “${figure}” is split by formatting or already inside a link (${paragraph.id})`);
      } else if (other) {
        const id = other[0].id;
        problem(
          `the figure “${figure}” in ${paragraph.id} is already the figure of indicator "${id}": each figure of the text is one entry`,
        );
      } else places.set(indicator, { paragraph, start, end });
    }
  }
  return { places, problems };
}

/**
 * Change: each figure becomes a link to its row on the 主要指标 page, with the id its row links
 * back to; the page data gives each figure's paragraph and clause.
 */
function linkFigures(places: Map<Indicator, Place>, urls: ReturnType<typeof siteUrls>): IndicatorPageData {
  const data: IndicatorPageData = {};
  for (const [indicator, { paragraph, start, end }] of places) {
    // Linking an earlier figure split the text nodes: find the run again (the text is the same).
    const run = textRuns(paragraph.node).runs.find(
      (r) => !r.linked && r.start <= start && end <= r.start + r.node.value.length,
    )!;
    const offset = start - run.start;
    const link: Link = {
      type: 'link',
      url: urls.indicators(indicator.id),
      children: [{ type: 'text', value: paragraph.text.slice(start, end) }],
      data: {
        hProperties: {
          id: figureAnchorId(indicator.id),
          className: ['figure-link'],
          title: `${indicator.indicator}：见主要指标`,
        },
      },
    };
    const pieces: PhrasingContent[] = [
      ...(offset > 0 ? [{ type: 'text' as const, value: run.node.value.slice(0, offset) }] : []),
      link,
      ...(end - run.start < run.node.value.length
        ? [{ type: 'text' as const, value: run.node.value.slice(end - run.start) }]
        : []),
    ];
    run.parent.children.splice(run.parent.children.indexOf(run.node), 1, ...pieces);
    // The clause as a reader sees it, a line break in the source joined.
    const shown = joinLines(paragraph.text);
    data[indicator.id] = {
      paragraph: paragraph.id,
      clause: clauseAround(shown.text, mappedIndex(shown, start), mappedIndex(shown, end)),
    };
  }
  return data;
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
    throw new ContentError(
      unknown.map((indicator) =>
        problemOf(
          indicator,
          'source.section',
          `no section with slug "${indicator.source.section}" in the report's sections/`,
        ),
      ),
    );
  }

  return (tree: Root, file: VFile) => {
    const slug = file.path ? sectionOf(file.path) : undefined;
    if (!slug) return;
    const wanted = indicators.filter((indicator) => indicator.source.section === slug);
    if (wanted.length === 0) return;
    const section = sectionText(tree, slug);
    const { places, problems } = checkFigures(section, findFigures(section, wanted));
    // The data file is at fault, but the section being rendered is where it shows: all of
    // the section's problems are reported at once.
    const messages = problems.map(([indicator, message]) =>
      formatProblem(problemOf(indicator, 'source.quote', message)),
    );
    if (messages.length > 0) file.fail(messages.join('\n'));
    setPageData(file.data, 'indicators', linkFigures(places, urls));
  };
}
