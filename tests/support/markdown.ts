/**
 * Runs Markdown through the site's own pipeline (src/node/markdown/pipeline.ts), as Astro
 * does, and returns the HTML and what the plugins left for the page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { markdownPipeline, type PipelineContent } from '../../src/node/markdown/pipeline.ts';
import { sectionBlocks } from '../../src/node/content/section-blocks.ts';
import { pageDataOf, type FileData, type PageData } from '../../src/shared/page-data.ts';

/** The file the tests' Markdown stands in for: a report section with the slug `test`. */
export const SECTION_PATH = '/site/content/reports/qilihequ/2021/sections/01-test.mdx';

/** A section of the test report: where it starts, and its paragraphs as the model counts them. */
type TestSection = Pick<PipelineContent['sections'][number], 'path' | 'slug'> &
  Partial<Pick<PipelineContent['sections'][number], 'place' | 'paragraphs' | 'anchors' | 'aliases'>>;

export interface RenderOptions {
  path?: string;
  base?: string;
  /** The report around the text: sections (the test section is added), terms, figures. */
  content?: Partial<Omit<PipelineContent, 'sections'>> & { sections?: TestSection[] };
  /** Parse as MDX (a section) rather than Markdown; the HTML then leaves MDX's nodes out. */
  mdx?: boolean;
}

export async function renderMarkdown(
  markdown: string,
  { path = SECTION_PATH, base = '/', content = {}, mdx = false }: RenderOptions = {},
): Promise<{ html: string; data: PageData }> {
  const pipeline = markdownPipeline(
    {
      dir: content.dir ?? 'content/reports/qilihequ/2021',
      // As the model of the report reads each section: from where it starts, with its paragraphs.
      sections: (content.sections ?? [{ path: SECTION_PATH, slug: 'test' }]).map((section) => ({
        file: section.path,
        place: { before: 0 },
        paragraphs: section.path === path ? sectionBlocks(markdown).filter((b) => b.kind === 'paragraph').length : 0,
        ...section,
      })),
      glossary: content.glossary ?? [],
      indicators: content.indicators ?? { indicators: [] },
    },
    base,
  );
  const file = new VFile({ value: markdown, path });
  const output = await unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(pipeline.remarkPlugins as never)
    .use(remarkRehype)
    .use(pipeline.rehypePlugins as never)
    .use(rehypeStringify)
    .process(file);
  return { html: String(output), data: pageDataOf((file.data as FileData).astro?.frontmatter ?? {}) };
}
