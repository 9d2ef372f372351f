/**
 * What a reader pays: builds the site several times and prints the build time, then the
 * bytes each page transfers before any interaction (the HTML, which includes inline
 * scripts, plus the stylesheets and scripts it links), raw and gzip-compressed.
 *
 *   npm run bench              3 builds
 *   npm run bench -- --runs 5  more builds for a steadier median
 *   npm run bench -- --json    machine-readable output
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 3;
const asJson = argv.includes('--json');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const buildTimes: number[] = [];
const pagefindTimes: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  buildTimes.push(performance.now() - started);
  const pagefind = /indexed \d+ pages in (\d+) ms/.exec(result.stdout);
  if (pagefind) pagefindTimes.push(Number(pagefind[1]));
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const size = (data: string) => Buffer.byteLength(data);

interface PageCost {
  page: string;
  html: number;
  /** Inline <script> bytes, already counted in `html`. */
  inlineJs: number;
  css: number;
  js: number;
  total: number;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  totalGz: number;
  requests: number;
}

const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
const pages: PageCost[] = [];
for (const file of files) {
  const html = await readFile(join(dist, file), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const load = (url: string) => readFile(join(dist, url.replace(/^\//, '')));
  const css = await Promise.all(stylesheets.map(load));
  const js = await Promise.all(scripts.map(load));
  const cost: PageCost = {
    page: `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`,
    html: size(html),
    inlineJs: size(inlineJs),
    css: css.reduce((n, b) => n + b.length, 0),
    js: js.reduce((n, b) => n + b.length, 0),
    total: 0,
    htmlGz: gz(html),
    cssGz: css.reduce((n, b) => n + gz(b), 0),
    jsGz: js.reduce((n, b) => n + gz(b), 0),
    totalGz: 0,
    requests: 1 + css.length + js.length,
  };
  cost.total = cost.html + cost.css + cost.js;
  cost.totalGz = cost.htmlGz + cost.cssGz + cost.jsGz;
  pages.push(cost);
}

const summary = {
  runs,
  buildMs: { median: Math.round(median(buildTimes)), all: buildTimes.map(Math.round) },
  pagefindMs: pagefindTimes.length ? { median: median(pagefindTimes), all: pagefindTimes } : null,
  pages,
};

if (asJson) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(`build (astro build incl. Pagefind), ${runs} runs: median ${summary.buildMs.median} ms [${summary.buildMs.all.join(', ')}]`);
  if (summary.pagefindMs) console.log(`  of which Pagefind indexing: median ${summary.pagefindMs.median} ms`);
  console.log('\nbytes before interaction (raw/gzip -9); "inline js" is part of html, css and js are linked files');
  console.log('page'.padEnd(42) + 'html'.padStart(14) + 'inline js'.padStart(10) + 'css'.padStart(13) + 'js'.padStart(12) + 'total'.padStart(15) + 'req'.padStart(5));
  const cell = (raw: number, zipped: number, width: number) => `${raw}/${zipped}`.padStart(width);
  for (const p of pages) {
    console.log(p.page.padEnd(42) + cell(p.html, p.htmlGz, 14) + String(p.inlineJs).padStart(10) + cell(p.css, p.cssGz, 13) + cell(p.js, p.jsGz, 12) + cell(p.total, p.totalGz, 15) + String(p.requests).padStart(5));
  }
}
