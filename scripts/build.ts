/**
 * Builds the site into a staging folder and moves it to its place only when the whole
 * build (pages, Pagefind index, search data) succeeded: a failed build never leaves a
 * half-written site where a deployment would pick it up.
 *
 *   npm run build                                   → dist/
 *   BASE_PATH=/report/ npm run build -- --out dist-report   → a build for a sub-path
 */
import { spawnSync } from 'node:child_process';
import { rmSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : 'dist';
const target = join(root, out);
const staging = join(root, `.${out}-staging`);

rmSync(staging, { recursive: true, force: true });
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${out}/ was left as it was.`);
  process.exit(result.status ?? 1);
}
rmSync(target, { recursive: true, force: true });
renameSync(staging, target);
console.log(`Built ${out}/`);
