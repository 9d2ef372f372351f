/**
 * Builds the site into a staging folder and moves it to its place only when the whole
 * build (pages, Pagefind index, search data) succeeded: a failed build never leaves a
 * half-written site where a deployment would pick it up.
 *
 *   npm run build                                   → dist/
 *   BASE_PATH=/report/ npm run build -- --out dist-report   → a build for a sub-path
 *
 * The output is kept short enough to read: Astro's line per generated page is counted
 * instead of printed; everything else (progress, warnings, errors) is passed through.
 */
import { spawn } from 'node:child_process';
import { rmSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_SITE_URL } from '../src/shared/site-url.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : 'dist';
const target = join(root, out);
const staging = join(root, `.${out}-staging`);

/** Astro's line for each generated page: `07:00:55   ├─ /glossary/liuwen/index.html (+12ms)`. */
const PAGE_LINE = /^\S*\s+[├└]─ \//;

rmSync(staging, { recursive: true, force: true });
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--outDir', staging], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
});
let pages = 0;
for await (const line of createInterface({ input: child.stdout })) {
  if (PAGE_LINE.test(line)) pages += 1;
  else if (line.trim() && !/^\s*generating static routes\s*$/.test(line)) console.log(line);
}
const status: number | null = await new Promise((resolve) => child.on('close', resolve));
if (status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${out}/ was left as it was.`);
  process.exit(status ?? 1);
}
rmSync(target, { recursive: true, force: true });
renameSync(staging, target);
console.log(`Built ${out}/ (${pages} files).`);
// Citations, link previews, the sitemap and printed pages name the site's address.
if (!process.env.SITE_URL) {
  console.log(
    `Note: SITE_URL is not set, so citations, link previews, the sitemap and printed pages name ${DEFAULT_SITE_URL}. Set it to the address the site is published at.`,
  );
}
