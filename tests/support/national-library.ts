/**
 * A library of eight years of the national report (2014–2019, 2021–2022), imported by
 * `npm run import` into a project that holds no other report and built by `npm run build`
 * (tests/build-sites.ts), kept in .test-sites/national/: the 对账单 of consecutive years.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './fixture.ts';

export const NATIONAL_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022];
/** The texts, from the fixtures of real reports and of the library. */
export const NATIONAL_REPORTS = NATIONAL_YEARS.map((year) =>
  join(ROOT, [2014, 2021].includes(year) ? 'tests/fixtures/reports' : 'tests/fixtures/library', `national-${year}.txt`),
);
export const NATIONAL_SITE = join(ROOT, '.test-sites/national');
export const NATIONAL_DIST = join(NATIONAL_SITE, 'dist');

/** A page of the built library by its address (`guowuyuan/2014/reconcile/`), or undefined. */
export const nationalPage = (address: string): Promise<string | undefined> =>
  readFile(join(NATIONAL_DIST, address, address.endsWith('/') ? 'index.html' : ''), 'utf8').catch(() => undefined);
