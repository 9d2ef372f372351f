/**
 * Builds reports of the library one after another in this one process
 * (`node scripts/lib/build-reports.ts <staging> <id>...`, run by scripts/build.ts): Astro,
 * Vite and the language data load once instead of once a report, which is most of the time
 * a small report's build takes. Each report is built as `REPORT=<id> astro build` would
 * build it, into <staging>/<id>/. What a build prints is passed through with the report's
 * pages counted, not listed; a report that fails stops the others and exits 1.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { reportPath } from '../../src/shared/library.ts';
import { printed } from './printed.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [staging, ...ids] = process.argv.slice(2);

/** Astro's line for each generated page: `07:00:55   ├─ /glossary/liuwen/index.html (+12ms)`. */
const PAGE_LINE = /^\S*\s+[├└]─ \//;
/** Astro's progress lines, which say nothing a reader of the build needs. */
const PROGRESS = /^\S* \[(?:build|content|types|vite)\]|^\s*generating static routes\s*$|^\S* ✓ Completed/;

for (const id of ids) {
  process.env.REPORT = id;
  const { output, error } = await printed(() =>
    build({ root, outDir: join(staging, reportPath(id)), logLevel: 'info', mode: 'production' }),
  );
  const lines = output.split('\n');
  const pages = lines.filter((line) => PAGE_LINE.test(line)).length;
  const said = lines.filter((line) => line.trim() && !PAGE_LINE.test(line) && !PROGRESS.test(line));
  console.log(`\n${id}/: ${error ? 'failed' : `${pages} files`}`);
  for (const line of error ? lines.filter((l) => l.trim()) : said) console.log(line);
  if (error) {
    console.error(String((error as Error).stack ?? error));
    process.exit(1);
  }
}
