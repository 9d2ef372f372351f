/**
 * What a library costs as it grows: builds libraries of several sizes, as an editor builds
 * one (`npm run build` in a copy of the project), and prints for each the build time, the
 * time per page, the peak memory, the bytes a reader downloads for a first query inside a
 * report and across the library (and for a further query across it), and the time from the
 * last keystroke to painted results.
 *
 *   npm run bench:library                       libraries of 1, 19, 50 and 200 reports
 *   npm run bench:library -- --sizes 1,19       other sizes
 *   npm run bench:library -- --files            and the files a query across the library fetched
 *   npm run bench:library -- --json             machine-readable output
 *
 * The reports are the 七里河区 report and the real reports of tests/fixtures/reports/ and
 * tests/fixtures/library/ (19 in all), imported as an editor imports them; a larger library adds copies of them under other
 * governments' names (`beijingshi-2/2026`, its title marked 副本2), the same text, so that the
 * figures measure size, not content. Bytes are Brotli (quality 11), as a static host or CDN
 * serves them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { fixtureProject, type FixtureProject } from './lib/fixture-project.ts';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { br } from './lib/page-cost.ts';
import { reportIds, reportFolder } from '../src/node/content/report-files.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const sizes = (argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1] : '1,19,50,200').split(',').map(Number);
const asJson = argv.includes('--json');
/** The real reports beside the 七里河区 one: 18, so that a library of 19 is all real. */
const REAL_REPORTS = [join(root, 'tests/fixtures/reports'), join(root, 'tests/fixtures/library')];

/** Queries typed across the library and inside a report: terms, figures, a question, pinyin. */
const QUERIES = [
  '六稳',
  '国内生产总值',
  '营商环境',
  '城镇新增就业',
  '12345',
  '今年经济增长的预期目标是多少',
  '乡村振兴',
  'yingshang huanjing',
  '高质量发展',
  '粮食产量',
];
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const log = (line: string) => {
  if (!asJson) console.error(line);
};

/** A project holding the 七里河区 report and every real fixture report, imported. */
async function seedProject(): Promise<FixtureProject> {
  const project = await fixtureProject();
  rmSync(join(project.dir, 'content/library.yaml'), { force: true });
  const texts = REAL_REPORTS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(dir, name)),
  );
  const imported = await project.node('scripts/import-report.ts', ...texts);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output.slice(-2000)}`);
  return project;
}

/** The seed's reports, then copies of them under other names, `size` in all. */
function fillLibrary(seed: string, target: string, size: number): void {
  rmSync(join(target, 'content'), { recursive: true, force: true });
  const real = reportIds(seed);
  for (let i = 0; i < size; i += 1) {
    const source = real[i % real.length];
    const copy = Math.floor(i / real.length);
    const [government, year] = source.split('/');
    const id = copy === 0 ? source : `${government}-${copy + 1}/${year}`;
    const dir = join(target, reportFolder(id));
    cpSync(join(seed, reportFolder(source)), dir, { recursive: true });
    if (copy > 0) {
      const file = join(dir, 'report.json');
      const [report] = JSON.parse(readFileSync(file, 'utf8'));
      Object.assign(report, {
        title: `${report.title}（副本${copy + 1}）`,
        government: `${report.government}（副本${copy + 1}）`,
      });
      writeFileSync(file, `${JSON.stringify([report], null, 2)}\n`);
      writeFileSync(join(dir, 'published.yaml'), 'pages: []\nsections: []\nglossary: []\n');
    }
  }
}

interface Fetched {
  url: string;
  brotli: number;
}

/** Responses the page receives while `act` runs, other than pages and stylesheets. */
async function fetchedDuring(page: Page, origin: string, act: () => Promise<void>): Promise<Fetched[]> {
  const fetched: Promise<Fetched>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/text\/(?:html|css)/.test(type)) return;
    fetched.push(
      response.body().then(
        (body) => ({ url: response.url().replace(origin, '/'), brotli: br(body) }),
        () => ({ url: response.url(), brotli: 0 }),
      ),
    );
  };
  page.on('response', onResponse);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return Promise.all(fetched);
}

const settled = (page: Page, selector: string) =>
  page.waitForFunction((s) => {
    const text = document.querySelector(s)?.textContent ?? '';
    return text.length > 0 && !text.includes('正在搜索') && !text.startsWith('输入');
  }, selector);

/** Milliseconds from the last keystroke to results painted, for each query typed into `input`. */
async function keystrokes(page: Page, input: string, status: string): Promise<number[]> {
  const times: number[] = [];
  for (const query of [QUERIES[0], ...QUERIES]) {
    await page.fill(input, '');
    await page.evaluate(
      ([inputSelector, statusSelector]) => {
        const w = window as unknown as { benchDone?: Promise<number> };
        const box = document.querySelector<HTMLInputElement>(inputSelector)!;
        const line = document.querySelector(statusSelector)!;
        let last = 0;
        box.addEventListener('input', () => (last = performance.now()));
        w.benchDone = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const text = line.textContent ?? '';
            if (last && box.value && !text.includes('正在搜索') && !text.startsWith('输入')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - last));
            }
          });
          observer.observe(line, { childList: true, characterData: true, subtree: true });
        });
      },
      [input, status],
    );
    await page.locator(input).pressSequentially(query, { delay: 20 });
    times.push(await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone));
  }
  return times.slice(1);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? 0;
const kb = (fetched: Fetched[]) => Math.round(fetched.reduce((n, f) => n + f.brotli, 0) / 102.4) / 10;

interface Row {
  reports: number;
  pages: number;
  buildSeconds: number;
  msPerPage: number;
  peakMemoryMb: number | null;
  firstQueryInReportKb: number;
  firstQueryAcrossKb: number | null;
  furtherQueryAcrossKb: number | null;
  keystrokeInReportMs: { median: number; p95: number };
  keystrokeAcrossMs: { median: number; p95: number } | null;
}

async function measure(project: FixtureProject, size: number): Promise<Row> {
  const started = performance.now();
  const command = gnuTime
    ? [gnuTime, '-f', 'maxrss %M', process.execPath, 'scripts/build.ts']
    : [process.execPath, 'scripts/build.ts'];
  const result = spawnSync(command[0], command.slice(1), {
    cwd: project.dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`build of ${size} reports failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const pages = Number(/Built dist\/ \((\d+) files\)/.exec(result.stdout)?.[1] ?? 0);
  const memory = /maxrss (\d+)/.exec(result.stderr);
  const ids = reportIds(project.dir);
  const server = await serveStatic(join(project.dir, 'dist'), '/');
  const browser = await launchChromium();
  try {
    const origin = server.url;
    const inReport = size > 1 ? `${ids[0]}/` : '';
    // Inside a report: its header box, from one of its sections.
    const reportPage = await (await browser.newContext()).newPage();
    await reportPage.goto(`${origin}${inReport}`);
    await reportPage.waitForLoadState('networkidle');
    const firstInReport = await fetchedDuring(reportPage, origin, async () => {
      await reportPage.focus('#site-search-input');
      await reportPage.keyboard.type(QUERIES[0]);
      await reportPage.waitForTimeout(300);
      await settled(reportPage, '.search-dropdown__status');
    });
    const searchPage = await (await browser.newContext()).newPage();
    await searchPage.goto(`${origin}${inReport}search/`);
    const inReportTimes = await keystrokes(searchPage, '#search-page-input', '[data-search-status]');
    let across: Pick<Row, 'firstQueryAcrossKb' | 'furtherQueryAcrossKb' | 'keystrokeAcrossMs'> = {
      firstQueryAcrossKb: null,
      furtherQueryAcrossKb: null,
      keystrokeAcrossMs: null,
    };
    if (size > 1) {
      const libraryPage = await (await browser.newContext()).newPage();
      const first = await fetchedDuring(libraryPage, origin, async () => {
        await libraryPage.goto(`${origin}search/?q=${encodeURIComponent(QUERIES[1])}`);
        await settled(libraryPage, '[data-search-status]');
      });
      const further = await fetchedDuring(libraryPage, origin, async () => {
        await libraryPage.fill('#library-search-input', QUERIES[3]);
        await libraryPage.waitForTimeout(300);
        await settled(libraryPage, '[data-search-status]');
      });
      if (argv.includes('--files'))
        for (const [what, list] of [
          ['first', first],
          ['further', further],
        ] as const)
          for (const f of list) log(`  ${what}: ${f.url} ${f.brotli}`);
      const times = await keystrokes(libraryPage, '#library-search-input', '[data-search-status]');
      across = {
        firstQueryAcrossKb: kb(first),
        furtherQueryAcrossKb: kb(further),
        keystrokeAcrossMs: { median: Math.round(median(times)), p95: Math.round(p95(times)) },
      };
    }
    return {
      reports: ids.length,
      pages,
      buildSeconds: Math.round(seconds * 10) / 10,
      msPerPage: Math.round((seconds * 1000) / Math.max(1, pages)),
      peakMemoryMb: memory ? Math.round(Number(memory[1]) / 1024) : null,
      firstQueryInReportKb: kb(firstInReport),
      ...across,
      keystrokeInReportMs: { median: Math.round(median(inReportTimes)), p95: Math.round(p95(inReportTimes)) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const seed = await seedProject();
const rows: Row[] = [];
try {
  for (const size of sizes) {
    const project = await fixtureProject();
    try {
      rmSync(join(project.dir, 'content/library.yaml'), { force: true });
      fillLibrary(seed.dir, project.dir, size);
      log(`building a library of ${size} report${size === 1 ? '' : 's'}…`);
      rows.push(await measure(project, size));
    } finally {
      await project.remove();
    }
  }
} finally {
  await seed.remove();
}

if (asJson) console.log(JSON.stringify(rows, null, 2));
else {
  const cells = (row: Row) => [
    String(row.reports),
    String(row.pages),
    `${row.buildSeconds} s`,
    `${row.msPerPage} ms`,
    row.peakMemoryMb === null ? '–' : `${row.peakMemoryMb} MB`,
    `${row.firstQueryInReportKb} KB`,
    row.firstQueryAcrossKb === null ? '–' : `${row.firstQueryAcrossKb} KB`,
    row.furtherQueryAcrossKb === null ? '–' : `+${row.furtherQueryAcrossKb} KB`,
    `${row.keystrokeInReportMs.median} / ${row.keystrokeInReportMs.p95} ms`,
    row.keystrokeAcrossMs === null ? '–' : `${row.keystrokeAcrossMs.median} / ${row.keystrokeAcrossMs.p95} ms`,
  ];
  const head = [
    'reports',
    'pages',
    'build',
    'per page',
    'peak memory',
    'first query, in a report',
    'first query, across',
    'further query, across',
    'keystroke→results, in a report (median / p95)',
    'across (median / p95)',
  ];
  console.log(`| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${cells(row).join(' | ')} |`);
  console.log(
    '\nBytes are Brotli (quality 11). Budgets (docs/benchmark.md): a first query in a report ≤ 36 KB; across the library ≤ 300 KB at 200 reports, a further query ≤ 100 KB more.',
  );
}
