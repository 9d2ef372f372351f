/**
 * What a reader pays: builds the site several times and prints the build time, then the
 * bytes each page transfers before any interaction (the HTML, which includes inline
 * scripts, plus the stylesheets and scripts it links), raw and gzip-compressed; then, in
 * headless Chromium on the built site, the bytes a first search downloads and the time
 * from the last keystroke to visible results over the public query set; then Lighthouse's
 * mobile scores for the home page, a section, the glossary and the search page.
 *
 *   npm run bench              3 builds
 *   npm run bench -- --runs 5  more builds for a steadier median
 *   npm run bench -- --json    machine-readable output
 *   npm run bench -- --no-scale --no-peer   skip the 10×/100× builds or the Starlight peer
 *   npm run bench -- --no-library           skip the libraries of 1 to 200 reports (scripts/library-bench.ts)
 *
 * Also: the same figures for the site built from 10× and 100× the content (scripts/scale.ts)
 * and for the same report in a default Astro Starlight site (scripts/peer-starlight.ts,
 * installed from npm into a temporary folder), with this site's figures as ratios to it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gz, pageCosts, type PageCost } from './lib/page-cost.ts';
import { measureScale, printScale, type ScaleRow } from './scale.ts';
import { preparePeer } from './peer-starlight.ts';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, findChromium, launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { SEARCH_QUERIES } from '../tests/fixtures/queries/search-queries.ts';
import { EVERYDAY_QUERIES } from '../tests/fixtures/queries/everyday-queries.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 3;
const asJson = argv.includes('--json');
const withScale = !argv.includes('--no-scale');
const withPeer = !argv.includes('--no-peer');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
// GNU time reports the build's peak memory (maximum resident set size) where it exists.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const buildTimes: number[] = [];
const pagefindTimes: number[] = [];
const peakMemoryKb: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  const command = gnuTime
    ? [gnuTime, '-f', 'maxrss %M', process.execPath, astro, 'build']
    : [process.execPath, astro, 'build'];
  const result = spawnSync(command[0], command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  buildTimes.push(performance.now() - started);
  const pagefind = /indexed \d+ pages in (\d+) ms/.exec(result.stdout);
  if (pagefind) pagefindTimes.push(Number(pagefind[1]));
  const memory = /maxrss (\d+)/.exec(result.stderr);
  if (memory) peakMemoryKb.push(Number(memory[1]));
}

const pages = await pageCosts(dist);

/** Bytes fetched from focusing the header box to the results of a first query. */
async function firstQueryCost(origin: string, browserPage: import('playwright-core').Page, query: string) {
  const fetched: { url: string; bytes: number; gzip: number }[] = [];
  await browserPage.goto(`${origin}sections/overview/`);
  await browserPage.waitForLoadState('networkidle');
  const onResponse = async (response: import('playwright-core').Response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched.push({ url: response.url().replace(origin, '/'), bytes: body.length, gzip: gz(body) });
  };
  browserPage.on('response', onResponse);
  await browserPage.focus('#site-search-input');
  await browserPage.keyboard.type(query);
  // Past the typing pause, so that the search for the whole query has started.
  await browserPage.waitForTimeout(300);
  await browserPage.waitForFunction(() => {
    const panel = document.querySelector<HTMLElement>('.search-dropdown');
    return panel && !panel.hidden && !panel.textContent?.includes('正在搜索');
  });
  await browserPage.waitForLoadState('networkidle');
  browserPage.off('response', onResponse);
  return fetched;
}

/** Milliseconds from the last keystroke to the results on screen, per query. */
async function keystrokeToResults(origin: string, browserPage: import('playwright-core').Page): Promise<number[]> {
  await browserPage.goto(`${origin}search/`);
  const times: number[] = [];
  for (const { query } of [SEARCH_QUERIES[0], ...SEARCH_QUERIES, ...EVERYDAY_QUERIES]) {
    await browserPage.fill('#search-page-input', '');
    await browserPage.waitForFunction(() => !document.querySelector('[data-search-results]')?.children.length);
    await browserPage.evaluate(() => {
      const w = window as unknown as { benchDone?: Promise<number> };
      const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
      const status = document.querySelector('[data-search-status]')!;
      let last = 0;
      // 'input', not 'keydown': Chinese text arrives through an input method, without key events.
      input.addEventListener('input', () => (last = performance.now()));
      w.benchDone = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (last && input.value && !text.includes('正在搜索') && !text.startsWith('输入')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - last));
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
    });
    await browserPage.locator('#search-page-input').pressSequentially(query, { delay: 20 });
    times.push(await browserPage.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone));
  }
  return times.slice(1); // the first run warms the data
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const server = await serveStatic(dist, '/');
const browser = await launchChromium();
let search;
try {
  const context = await browser.newContext();
  const firstFetch = await firstQueryCost(server.url, await context.newPage(), '六稳');
  const relatedContext = await browser.newContext();
  // Several near results: Pagefind is loaded to order them.
  const relatedQuery = '社零 增长';
  const relatedFetch = await firstQueryCost(server.url, await relatedContext.newPage(), relatedQuery);
  const times = await keystrokeToResults(server.url, await (await browser.newContext()).newPage());
  search = {
    firstQuery: {
      query: '六稳',
      requests: firstFetch.length,
      bytes: firstFetch.reduce((n, f) => n + f.bytes, 0),
      gzip: firstFetch.reduce((n, f) => n + f.gzip, 0),
      files: firstFetch,
    },
    firstRelatedQuery: {
      query: relatedQuery,
      requests: relatedFetch.length,
      bytes: relatedFetch.reduce((n, f) => n + f.bytes, 0),
      gzip: relatedFetch.reduce((n, f) => n + f.gzip, 0),
    },
    keystrokeToResultsMs: {
      queries: times.length,
      median: Math.round(median(times)),
      p95: Math.round(percentile(times, 95)),
    },
  };
} finally {
  await browser.close();
  await server.close();
}

/** Lighthouse (mobile, its default) on four kinds of page; scores 0–100 and what fell short. */
async function lighthouseScores(origin: string, paths: string[]) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
  });
  const scores: { page: string; categories: Record<string, number>; shortfalls: string[] }[] = [];
  try {
    for (const page of paths) {
      const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`lighthouse gave no result for ${page}`);
      const { categories, audits } = result.lhr;
      scores.push({
        page: `/${decodeURIComponent(page)}`,
        categories: Object.fromEntries(
          ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [
            id,
            Math.round((categories[id]?.score ?? 0) * 100),
          ]),
        ),
        shortfalls: Object.values(categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && (audits[ref.id].score ?? 1) < 1)
            .map((ref) => `${category.id}: ${ref.id} ${audits[ref.id].displayValue ?? audits[ref.id].score}`),
        ),
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

const lighthouseServer = await serveStatic(dist, '/');
let lighthouseResults;
try {
  lighthouseResults = await lighthouseScores(lighthouseServer.url, [
    '',
    'sections/goals/',
    'glossary/',
    `search/?q=${encodeURIComponent('六稳')}`,
    'indicators/',
    'full/',
  ]);
} finally {
  await lighthouseServer.close();
}

const scale: ScaleRow[] | null = withScale ? await measureScale([1, 10, 100]) : null;

/** The peer: bytes of matching pages, its first search, its Lighthouse scores. */
async function measurePeer() {
  const peer = await preparePeer();
  const peerDist = join(peer.dir, 'dist');
  const costs = await pageCosts(peerDist);
  const peerServer = await serveStatic(peerDist, '/');
  const peerBrowser = await launchChromium();
  try {
    const page = await peerBrowser.newPage();
    await page.goto(`${peerServer.url}goals/`);
    await page.waitForLoadState('networkidle');
    const pending: Promise<{ bytes: number; gzip: number }>[] = [];
    page.on('response', (response) =>
      pending.push(
        response.body().then(
          (b) => ({ bytes: b.length, gzip: gz(b) }),
          () => ({ bytes: 0, gzip: 0 }),
        ),
      ),
    );
    await page.click('button[data-open-modal]');
    await page.locator('.pagefind-ui__search-input').fill('六稳');
    await page.waitForSelector('.pagefind-ui__result');
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(pending);
    const lighthouse = await lighthouseScores(peerServer.url, ['', 'goals/', 'glossary/liuwen/']);
    return {
      buildMs: Math.round(peer.buildMs),
      pages: costs,
      firstQuery: {
        requests: fetched.length,
        bytes: fetched.reduce((n, f) => n + f.bytes, 0),
        gzip: fetched.reduce((n, f) => n + f.gzip, 0),
      },
      lighthouse,
    };
  } finally {
    await peerBrowser.close();
    await peerServer.close();
  }
}
const peer = withPeer ? await measurePeer() : null;

const summary = {
  runs,
  buildMs: { median: Math.round(median(buildTimes)), all: buildTimes.map(Math.round) },
  pagefindMs: pagefindTimes.length ? { median: median(pagefindTimes), all: pagefindTimes } : null,
  peakMemoryMb: peakMemoryKb.length ? Math.round(Math.max(...peakMemoryKb) / 1024) : null,
  pages,
  search,
  lighthouse: lighthouseResults,
  scale,
  peer,
};

if (asJson) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(
    `build (astro build incl. Pagefind), ${runs} runs: median ${summary.buildMs.median} ms [${summary.buildMs.all.join(', ')}]`,
  );
  if (summary.pagefindMs) {
    console.log(
      `  Astro (pages): median ${summary.buildMs.median - summary.pagefindMs.median} ms; Pagefind indexing: median ${summary.pagefindMs.median} ms`,
    );
  }
  if (summary.peakMemoryMb) console.log(`  peak memory of a build: ${summary.peakMemoryMb} MB`);
  console.log(
    '\nbytes before interaction (raw/gzip -9); "inline js" is part of html, css and js are linked files; no page loads a web font',
  );
  console.log(
    'page'.padEnd(42) +
      'html'.padStart(14) +
      'inline js'.padStart(10) +
      'css'.padStart(13) +
      'js'.padStart(12) +
      'total'.padStart(15) +
      'brotli'.padStart(8) +
      'text br'.padStart(8) +
      'ratio'.padStart(7) +
      'req'.padStart(5),
  );
  const cell = (raw: number, zipped: number, width: number) => `${raw}/${zipped}`.padStart(width);
  for (const p of pages) {
    console.log(
      p.page.padEnd(42) +
        cell(p.html, p.htmlGz, 14) +
        String(p.inlineJs).padStart(10) +
        cell(p.css, p.cssGz, 13) +
        cell(p.js, p.jsGz, 12) +
        cell(p.total, p.totalGz, 15) +
        String(p.totalBr).padStart(8) +
        String(p.textBr || '').padStart(8) +
        (p.textBr ? (p.totalBr / p.textBr).toFixed(1) : '').padStart(7) +
        String(p.requests).padStart(5),
    );
  }
  const { firstQuery, firstRelatedQuery, keystrokeToResultsMs } = search;
  console.log(
    `\nsearch, first query "${firstQuery.query}" from a section page: ${firstQuery.requests} requests, ${firstQuery.bytes} bytes raw, ${firstQuery.gzip} gzip`,
  );
  for (const file of firstQuery.files)
    console.log(`  ${file.url.padEnd(44)} ${String(file.bytes).padStart(8)} ${String(file.gzip).padStart(8)}`);
  console.log(
    `search, first query needing Pagefind ("${firstRelatedQuery.query}"): ${firstRelatedQuery.requests} requests, ${firstRelatedQuery.bytes} bytes raw, ${firstRelatedQuery.gzip} gzip`,
  );
  console.log(
    '\nLighthouse (mobile)'.padEnd(30) +
      'perf'.padStart(6) +
      'a11y'.padStart(6) +
      'best'.padStart(6) +
      'seo'.padStart(6),
  );
  for (const { page, categories, shortfalls } of summary.lighthouse) {
    console.log(
      page.padEnd(30) +
        ['performance', 'accessibility', 'best-practices', 'seo']
          .map((id) => String(categories[id]).padStart(6))
          .join(''),
    );
    for (const shortfall of shortfalls) console.log(`    ${shortfall}`);
  }
  console.log(
    `search, last keystroke to visible results over ${keystrokeToResultsMs.queries} queries: median ${keystrokeToResultsMs.median} ms, p95 ${keystrokeToResultsMs.p95} ms (includes the typing pause)`,
  );
  if (scale) {
    console.log('\nscale: the site built from 1×, 10× and 100× the content');
    printScale(scale);
  }
  if (peer) {
    const find = (costs: PageCost[], page: string) => costs.find((c) => c.page === page)!;
    const pairs: [string, string, string][] = [
      ['home', '/', '/'],
      ['a section', '/sections/goals/', '/goals/'],
      ['a glossary entry', '/glossary/liuwen/', '/glossary/liuwen/'],
    ];
    console.log('\npeer: the same report in a default Astro Starlight site, measured the same way');
    console.log('what'.padEnd(34) + 'this site'.padStart(12) + 'Starlight'.padStart(12) + 'ratio'.padStart(8));
    const row = (what: string, ours: number, theirs: number) =>
      console.log(
        what.padEnd(34) +
          String(ours).padStart(12) +
          String(theirs).padStart(12) +
          (ours / theirs).toFixed(2).padStart(8),
      );
    row('build ms (median / one)', summary.buildMs.median, peer.buildMs);
    for (const [what, ourPage, theirPage] of pairs) {
      const ours = find(summary.pages, ourPage);
      const theirs = find(peer.pages, theirPage);
      row(`${what}: bytes, Brotli`, ours.totalBr, theirs.totalBr);
      row(`${what}: requests`, ours.requests, theirs.requests);
    }
    row('first query "六稳": gzip bytes', summary.search.firstQuery.gzip, peer.firstQuery.gzip);
    row('first query "六稳": requests', summary.search.firstQuery.requests, peer.firstQuery.requests);
    for (const [i, [what]] of pairs.entries()) {
      row(
        `${what}: Lighthouse performance`,
        summary.lighthouse[i].categories.performance,
        peer.lighthouse[i].categories.performance,
      );
    }
  }
}

// 7. A library as it grows (scripts/library-bench.ts): 1, 9, 50 and 200 reports.
if (!argv.includes('--no-library') && !asJson) {
  console.log('\nA library of reports (npm run bench:library):');
  const library = spawnSync(process.execPath, [join(root, 'scripts/library-bench.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (library.status !== 0) process.exitCode = library.status ?? 1;
}
