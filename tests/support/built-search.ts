/**
 * The site's own search engine (src/shared/search/engine.ts, pure code) run in Node over
 * the data files a build wrote, as the search page runs it over the same files. Pagefind,
 * which only orders near results and never adds one, is left out.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../src/shared/search/engine.ts';
import type { QueryReading, SearchData, TraditionalTable } from '../../src/shared/search/types.ts';
import type { ReadingTable } from '../../src/shared/search/pinyin.ts';

const json = async <T>(dist: string, path: string): Promise<T> =>
  JSON.parse(await readFile(join(dist, path), 'utf8')) as T;

/** An engine over `dist/search/`. Only one engine should search at a time (it sets a shared fold table). */
export function builtSearch(dist: string): Engine {
  return createEngine({
    data: () => json<SearchData>(dist, 'search/data.json'),
    reading: () => json<QueryReading>(dist, 'search/reading.json'),
    traditional: () => json<TraditionalTable>(dist, 'search/t2s.json'),
    commonReadings: () => json<ReadingTable>(dist, 'search/pinyin-common.json'),
    related: async () => [],
  });
}
