/**
 * remark plugin: ties the report's figures to `content/indicators.yaml`. In each section,
 * every indicator's figure (`492.06亿元`) is found inside its quote in the paragraph the
 * data names, and becomes a link to its row on the 主要指标 page, with an id
 * (`#fig-<indicator>`) that the row links back to. A quote that is missing, ambiguous or
 * does not hold the figure stops the build, naming the data file, the indicator and the
 * field; so does a paragraph or section that does not exist.
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
import { ContentError, formatProblem } from '../../shared/content-error.ts';

export interface Options {
  indicators: Indicator[];
  /** The data file, for error messages. */
  dataFile: string;
  /** The site's base path, ending in `/`. */
  base: string;
  /** The slug of the section a file holds, or undefined for other files. */
  sectionOf: (path: string) => string | undefined;
  /** Every section slug, to refuse data pointing at a section that does not exist. */
  sections: string[];
}

/** The paragraph's text nodes outside links, with their offsets in the paragraph's text. */
function textRuns(paragraph: Paragraph) {
  const runs: { node: Text; parent: { children: PhrasingContent[] }; start: number; linked: boolean }[] = [];
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

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

export default function remarkIndicatorLinks({ indicators, dataFile, base, sectionOf, sections }: Options) {
  const known = new Set(sections);
  const urls = siteUrls(base);
  for (const indicator of indicators) {
    if (!known.has(indicator.source.section)) {
      throw new ContentError({ file: dataFile, entry: `indicator "${indicator.id}"`, field: 'source.section', message: `no section with slug "${indicator.source.section}" in content/sections/` });
    }
  }

  return (tree: Root, file: VFile) => {
    const slug = file.path ? sectionOf(file.path) : undefined;
    if (!slug) return;
    const wanted = indicators.filter((indicator) => indicator.source.section === slug);
    if (wanted.length === 0) return;
    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    const found: IndicatorPageData = {};

    for (const indicator of wanted) {
      // The data file is at fault, but the section being rendered is where it shows.
      const problem = (field: string, message: string) => formatProblem({ file: dataFile, entry: `indicator "${indicator.id}"`, field, message });
      const { paragraph: number, quote } = indicator.source;
      const paragraph = paragraphs[number - 1];
      if (!paragraph || paragraph.data?.hProperties?.id !== paragraphId(number)) {
        file.fail(problem('source.paragraph', `section "${slug}" has no paragraph ${number} (it has ${paragraphs.length})`));
      }
      const figure = figureText(indicator);
      const inQuote = quote.indexOf(figure);
      if (inQuote === -1) file.fail(problem('source.quote', `“${quote}” does not contain the figure “${figure}” (value + unit)`));
      const { text, runs } = textRuns(paragraph);
      const at = occurrences(text, quote);
      if (at.length !== 1) {
        file.fail(problem('source.quote', `“${quote}” occurs ${at.length} times in ${paragraphId(number)} of section "${slug}"; it must occur once`), paragraph);
      }
      const start = at[0] + inQuote;
      const end = start + figure.length;
      const run = runs.find((r) => r.start <= start && end <= r.start + r.node.value.length);
      if (!run || run.linked) {
        file.fail(problem('source.quote', `the figure “${figure}” is split by formatting or already inside a link`), paragraph);
      }
      const offset = start - run.start;
      const link: Link = {
        type: 'link',
        url: urls.indicators(indicator.id),
        children: [{ type: 'text', value: figure }],
        data: { hProperties: { id: figureAnchorId(indicator.id), className: ['figure-link'], title: `${indicator.indicator}：见主要指标` } },
      };
      const pieces: PhrasingContent[] = [
        ...(offset > 0 ? [{ type: 'text' as const, value: run.node.value.slice(0, offset) }] : []),
        link,
        ...(offset + figure.length < run.node.value.length ? [{ type: 'text' as const, value: run.node.value.slice(offset + figure.length) }] : []),
      ];
      run.parent.children.splice(run.parent.children.indexOf(run.node), 1, ...pieces);
      found[indicator.id] = { paragraph: paragraphId(number), clause: clauseAround(text, start, end) };
    }

    setPageData(file.data, 'indicators', found);
  };
}
