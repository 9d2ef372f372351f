/**
 * The one Markdown pipeline: the remark and rehype plugins, in order, with their options
 * taken from the model of the report. astro.config.mjs hands it to Astro's unified
 * processor; the unit tests run the same list.
 *
 * Order matters:
 * 0. text is text: MDX expressions, tags and links that would run or render as markup
 *    stop the build before any plugin reads the tree (remark-text-only);
 * 1. remark-cjk-friendly, so that `**…。**面对` is emphasis before anything reads the tree;
 * 2. authors' own links are checked and resolved before the plugins below add links;
 * 3. paragraphs get their ids (`p1`…), which figures and glossary occurrences refer to;
 * 4. figures are linked to the 主要指标 page before glossary terms, which are never
 *    linked inside another link;
 * 5. the ¶ link of each paragraph comes last, in rehype, so no plugin steps around it.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { ReportModel } from '../content/load-report.ts';
import { REPORT_FILES, reportFile } from '../content/report-files.ts';
import { SECTION_COMPONENTS } from '../content/check-text.ts';
import remarkTextOnly from './remark-text-only.ts';
import remarkInternalLinks from './remark-internal-links.ts';
import remarkParagraphAnchors from './remark-paragraph-anchors.ts';
import remarkIndicatorLinks from './remark-indicator-links.ts';
import remarkGlossary from './remark-glossary.ts';
import rehypeParagraphLinks from './rehype-paragraph-links.ts';

/** What the pipeline needs of the report: where the sections are, the terms, the figures. */
export type PipelineContent = {
  /** The report's folder (src/node/content/report-files.ts), for messages about its files. */
  dir: string;
  sections: (Pick<ReportModel['sections'][number], 'path' | 'slug' | 'file' | 'place' | 'paragraphs'> &
    Partial<Pick<ReportModel['sections'][number], 'anchors' | 'aliases'>>)[];
  glossary: Pick<ReportModel['glossary'][number], 'id' | 'term' | 'aliases'>[];
  indicators: Pick<ReportModel['indicators'], 'indicators'> & Partial<Pick<ReportModel['indicators'], 'lines'>>;
};

export interface Pipeline {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
}

export function markdownPipeline(content: PipelineContent, base: string): Pipeline {
  const slugOf = new Map(content.sections.map((section) => [section.path, section.slug]));
  const sectionOf = (path: string) => slugOf.get(path);
  const isSection = (path: string) => slugOf.has(path);
  const anchors = new Map(
    content.sections.map(({ path, file, place, paragraphs, anchors, aliases }) => [
      path,
      { file, place, paragraphs, anchors, aliases },
    ]),
  );
  const sections = content.sections.map((section) => section.slug);
  const terms = content.glossary.map(({ id, term, aliases }) => ({ id, term, aliases }));
  return {
    remarkPlugins: [
      [remarkTextOnly, { components: SECTION_COMPONENTS }],
      remarkCjkFriendly,
      [remarkInternalLinks, { base, sections, glossary: terms.map((term) => term.id) }],
      [remarkParagraphAnchors, { sectionAt: (path: string) => anchors.get(path) }],
      [
        remarkIndicatorLinks,
        {
          indicators: content.indicators.indicators,
          lines: content.indicators.lines,
          dataFile: reportFile(content.dir, REPORT_FILES.indicators),
          base,
          sections,
          sectionOf,
        },
      ],
      [remarkGlossary, { terms, base, isSection }],
    ],
    rehypePlugins: [[rehypeParagraphLinks, { isSection }]],
  };
}
