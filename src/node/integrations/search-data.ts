import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { extractPassages } from '../search/extract-passages.ts';
import { foldTable, pinyinOf, traditionalTable } from '../search/build-data.ts';
import { queryReadingData } from '../search/query-reading-data.ts';
import type { ReportModel } from '../content/load-report.ts';
import { REPORT_FILES, reportFile } from '../content/report-files.ts';
import { EVERYDAY_WORDS_FILE } from '../content/load-search-aliases.ts';
import { glossaryPath, sectionPath } from '../../shared/paths.ts';
import { siteUrls } from '../../shared/urls.ts';
import { plainText } from '../../shared/text.ts';
import type { GlossaryRecord, PageRecord, SearchData } from '../../shared/search/types.ts';

/** A definition as a reader sees it, on one line. */
const definitionText = (markdown: string): string => plainText(markdown).replace(/\s+/g, ' ').trim();

/**
 * Writes the data the search page needs besides Pagefind's index, after every build, from
 * the model of the report (which pages, in which order; the glossary) and the rendered
 * pages (the text block by block, with the anchor each block can be linked to):
 * - `search/data.json`: the text of every section and glossary entry, and the glossary
 *   terms with their aliases, definitions and pinyin;
 * - `search/t2s.json`: traditional → simplified, for the characters the report uses;
 * - `search/reading.json`: the report's year, the alias table and the readings of its
 *   characters, and `search/pinyin-common.json`: readings of other common characters
 *   (see src/node/search/query-reading-data.ts), each fetched only by a query that needs it.
 */
export default function searchDataIntegration(
  model: Pick<ReportModel, 'dir' | 'report' | 'sections' | 'glossary'>,
): AstroIntegration {
  let urls = siteUrls('/');
  let root: URL;
  return {
    name: 'report-search-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        urls = siteUrls(config.base);
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const recordOf = async (path: string, kind: PageRecord['kind']) => {
          const record = extractPassages(
            await readFile(join(distDir, path, 'index.html'), 'utf8'),
            urls.page(path),
            kind,
          );
          if (!record) throw new Error(`search data: ${path} has no data-pagefind-body`);
          return record;
        };

        const pages: PageRecord[] = [];
        for (const section of model.sections) pages.push(await recordOf(sectionPath(section.slug), 'section'));
        const glossary: GlossaryRecord[] = [];
        for (const term of model.glossary) {
          const record = await recordOf(glossaryPath(term.id), 'glossary');
          pages.push(record);
          const spellings = [term.term, ...term.aliases].map(pinyinOf);
          glossary.push({
            id: term.id,
            url: record.url,
            term: term.term,
            aliases: term.aliases,
            definition: definitionText(term.definition),
            pinyin: [...new Set(spellings.map((s) => s.full))],
            initials: [...new Set(spellings.map((s) => s.initials))],
          });
        }

        const texts = pages.flatMap((page) => [page.title, ...page.passages.map((p) => p.text)]);
        const reading = queryReadingData(
          {
            year: Number(model.report.date.slice(0, 4)),
            aliasesFile: join(fileURLToPath(root), reportFile(model.dir, REPORT_FILES.searchAliases)),
            sharedAliasesFile: join(fileURLToPath(root), EVERYDAY_WORDS_FILE),
          },
          texts,
        );
        const corpus = texts.join('\n');
        const data: SearchData = { pages, glossary, fold: foldTable(corpus) };
        await mkdir(join(distDir, 'search'), { recursive: true });
        await writeFile(join(distDir, 'search/data.json'), JSON.stringify(data));
        await writeFile(join(distDir, 'search/reading.json'), JSON.stringify(reading.data));
        await writeFile(join(distDir, 'search/t2s.json'), JSON.stringify(traditionalTable(corpus)));
        await writeFile(join(distDir, 'search/pinyin-common.json'), JSON.stringify(reading.common));
        logger.info(
          `search data: ${pages.length} pages, ${pages.reduce((n, p) => n + p.passages.length, 0)} passages, ${glossary.length} terms`,
        );
      },
    },
  };
}
