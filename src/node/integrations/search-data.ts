import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { extractPassages } from '../search/extract-passages.ts';
import { pinyinOf, traditionalTable } from '../search/build-data.ts';
import { typedQueryData } from '../search/typed-query-data.ts';
import { loadGlossaryTerms } from '../content/load-terms.ts';
import { glossaryPath } from '../../shared/paths.ts';
import { siteUrls, type SiteUrls } from '../../shared/urls.ts';
import type { GlossaryRecord, PageRecord, SearchData } from '../../shared/search/types.ts';

/**
 * Writes the data the search page needs besides Pagefind's index, after every build:
 * - `search/data.json`: the text of every section and glossary entry, block by block with
 *   its anchor (for exact phrase search and links straight to the paragraph), and the
 *   glossary terms with their aliases and pinyin;
 * - `search/t2s.json`: traditional → simplified, for the characters the report uses;
 * - in `data.json` also the report's year, the alias table and the readings of its
 *   characters, and `search/pinyin-common.json`: readings of other common characters
 *   (see src/node/search/typed-query-data.ts).
 */
export default function searchDataIntegration(): AstroIntegration {
  let urls: SiteUrls;
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
        const read = (path: string) => readFile(join(distDir, path, 'index.html'), 'utf8');
        const terms = loadGlossaryTerms(fileURLToPath(new URL('./content/glossary/', root)));

        // Sections in reading order, as the home page lists them.
        const home = await readFile(join(distDir, 'index.html'), 'utf8');
        const sectionPaths = [...new Set([...home.matchAll(/href="[^"]*?(sections\/[a-z0-9-]+\/)"/g)].map((m) => m[1]))];
        const pages: PageRecord[] = [];
        for (const path of sectionPaths) {
          const record = extractPassages(await read(path), urls.page(path), 'section');
          if (!record) throw new Error(`search data: ${path} has no data-pagefind-body`);
          pages.push(record);
        }
        const glossary: GlossaryRecord[] = [];
        for (const term of terms) {
          const path = glossaryPath(term.id);
          const record = extractPassages(await read(path), urls.page(path), 'glossary');
          if (!record) throw new Error(`search data: ${path} has no data-pagefind-body`);
          pages.push(record);
          const spellings = [term.term, ...term.aliases].map(pinyinOf);
          glossary.push({
            id: term.id,
            url: record.url,
            term: term.term,
            aliases: term.aliases,
            definition: record.passages.filter((p) => p.anchor === 'definition').map((p) => p.text).join(''),
            pinyin: [...new Set(spellings.map((s) => s.full))],
            initials: [...new Set(spellings.map((s) => s.initials))],
          });
        }

        const texts = pages.flatMap((page) => [page.title, ...page.passages.map((p) => p.text)]);
        const typed = typedQueryData(root, texts);
        const data: SearchData = { pages, glossary, ...typed.data };
        const corpus = texts.join('\n');
        await mkdir(join(distDir, 'search'), { recursive: true });
        await writeFile(join(distDir, 'search/data.json'), JSON.stringify(data));
        await writeFile(join(distDir, 'search/t2s.json'), JSON.stringify(traditionalTable(corpus)));
        await writeFile(join(distDir, 'search/pinyin-common.json'), JSON.stringify(typed.common));
        logger.info(`search data: ${pages.length} pages, ${pages.reduce((n, p) => n + p.passages.length, 0)} passages, ${glossary.length} terms`);
      },
    },
  };
}
