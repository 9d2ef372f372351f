/**
 * The library the suites read: the fixture report (once the only one, served at the root),
 * with two years of the national report added by `npm run import` and built by
 * `npm run build` (tests/build-sites.ts), kept in .test-sites/library/ with its content/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './fixture.ts';

export const LIBRARY_REPORTS = ['national-2014.txt', 'national-2021.txt'];
export const LIBRARY_SITE = join(ROOT, '.test-sites/library');
export const LIBRARY_DIST = join(LIBRARY_SITE, 'dist');

/** A page of the built library by its address (`qilihequ/2021/sections/overview/`), or undefined. */
export const libraryPage = (address: string): Promise<string | undefined> =>
  readFile(join(LIBRARY_DIST, address, address.endsWith('/') || address === '' ? 'index.html' : ''), 'utf8').catch(
    () => undefined,
  );
