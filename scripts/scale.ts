/**
 * How the site's costs grow with its content: builds copies of the project whose content
 * is the real report repeated N times (sections and glossary entries copied from the real
 * ones, each copy's terms renamed consistently, so that segmentation and term matching
 * stay realistic) and prints, per factor, the build time, Pagefind's time, the index and
 * search-data sizes, and the glossary matcher's time over the whole text.
 *
 *   npm run scale                 factors 1, 10, 100
 *   npm run scale -- 1 10         chosen factors
 */
import { chosenReport, reportFolder } from '../src/node/content/report-files.ts';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher } from '../src/shared/glossary-matcher.ts';
import { writeNumeral } from '../src/shared/numerals.ts';
import { loadReport } from '../src/node/content/load-report.ts';
import { gz } from './lib/page-cost.ts';
import { fixtureProject, type FixtureProject } from './lib/fixture-project.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
// The report the bench measures: the project's own (the only one, or the one REPORT names).
const REPORT_DIR = reportFolder(chosenReport(root));

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await sizeOf(join(path, name));
  return total;
}

/** A throw-away copy of the project whose content is the report `factor` times. */
async function scaledProject(factor: number): Promise<FixtureProject> {
  const project = await fixtureProject();
  const terms = loadReport(root).glossary;
  const sections = (await readdir(join(root, `${REPORT_DIR}/sections`))).sort();
  const rename = (text: string, copy: number) => {
    // Longest terms first, so that a short term inside a long one is not renamed twice.
    let out = text;
    for (const term of [...terms].sort((a, b) => b.term.length - a.term.length)) {
      for (const form of [term.term, ...term.aliases]) out = out.split(form).join(`${form}${writeNumeral(copy)}`);
    }
    return out;
  };
  for (let copy = 1; copy < factor; copy += 1) {
    for (const [i, name] of sections.entries()) {
      const text = await readFile(join(root, `${REPORT_DIR}/sections`, name), 'utf8');
      const order = copy * sections.length + i + 1;
      const body = rename(text, copy)
        .replace(/^slug: "([^"]+)"$/m, `slug: "$1-${copy}"`)
        .replace(/^order: \d+$/m, `order: ${order}`)
        .replace(
          /^(title|shortTitle): "(.*)"$/gm,
          (_, key: string, value: string) =>
            `${key}: "${key === 'shortTitle' ? value.slice(0, 8) : value}（${writeNumeral(copy)}）"`,
        );
      await project.write(`${REPORT_DIR}/sections/${String(order).padStart(4, '0')}-copy.mdx`, body);
    }
    for (const [i, term] of terms.entries()) {
      const text = await readFile(join(root, `${REPORT_DIR}/glossary`, `${term.id}.md`), 'utf8');
      const body = text
        .replace(/^term: "(.*)"$/m, (_, value: string) => `term: ${JSON.stringify(`${value}${writeNumeral(copy)}`)}`)
        .replace(/^order: \d+$/m, `order: ${copy * terms.length + i + 1}`)
        .replace(
          /^aliases: \[(.*)\]$/m,
          (_, list: string) =>
            `aliases: [${
              list
                ? list
                    .split(', ')
                    .map((a) => JSON.stringify(`${JSON.parse(a)}${writeNumeral(copy)}`))
                    .join(', ')
                : ''
            }]`,
        );
      await project.write(`${REPORT_DIR}/glossary/${term.id}-${copy}.md`, body);
    }
  }
  return project;
}

export interface ScaleRow {
  factor: number;
  pages: number;
  buildMs: number;
  pagefindMs: number;
  matcherMs: number;
  pagefindBytes: number;
  searchDataBytes: number;
  /** gzip bytes a first (exact-match) query downloads: the search code and search/data.json. */
  firstQueryGzip: number;
  textBytes: number;
}

/** The search UI chunks, loaded on the first query. */
async function uiChunkGzip(dist: string): Promise<number> {
  const chunks = (await readdir(join(dist, '_astro'))).filter((name) => /^(ui|normalize)\..*\.js$/.test(name));
  let total = 0;
  for (const name of chunks) total += gz(await readFile(join(dist, '_astro', name)));
  return total;
}

export async function measureScale(factors: number[]): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const factor of factors) {
    const project = await scaledProject(factor);
    const { dir } = project;
    try {
      const started = performance.now();
      const result = await project.astro('build');
      if (result.code !== 0) throw new Error(`build ×${factor} failed:\n${result.output.slice(-3000)}`);
      const buildMs = performance.now() - started;
      const sectionsDir = join(dir, `${REPORT_DIR}/sections`);
      const text = (
        await Promise.all((await readdir(sectionsDir)).map((name) => readFile(join(sectionsDir, name), 'utf8')))
      ).join('\n');
      const terms = loadReport(dir).glossary;
      const matchStart = performance.now();
      createMatcher(terms.map((t) => ({ id: t.id, forms: [t.term, ...t.aliases] })))(text);
      rows.push({
        factor,
        pages: Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? 0),
        buildMs: Math.round(buildMs),
        pagefindMs: Number(/indexed \d+ pages in (\d+) ms/.exec(result.output)?.[1] ?? 0),
        matcherMs: Math.round((performance.now() - matchStart) * 10) / 10,
        pagefindBytes: await sizeOf(join(dir, 'dist/pagefind')),
        searchDataBytes: await sizeOf(join(dir, 'dist/search/data.json')),
        firstQueryGzip: gz(await readFile(join(dir, 'dist/search/data.json'))) + (await uiChunkGzip(join(dir, 'dist'))),
        textBytes: Buffer.byteLength(text),
      });
    } finally {
      await project.remove();
    }
  }
  return rows;
}

export function printScale(rows: ScaleRow[]): void {
  const base = rows[0];
  console.log(
    'factor  pages   build ms  pagefind ms  matcher ms  pagefind/ bytes  search data bytes  1st query gz  content bytes',
  );
  for (const row of rows) {
    const per = (value: number, of: number) =>
      base && of ? ` (${(value / of / (row.factor / base.factor)).toFixed(2)})` : '';
    console.log(
      `${`×${row.factor}`.padEnd(8)}${String(row.pages).padStart(5)}${`${row.buildMs}${per(row.buildMs, base.buildMs)}`.padStart(18)}${String(row.pagefindMs).padStart(13)}${String(row.matcherMs).padStart(12)}${`${row.pagefindBytes}${per(row.pagefindBytes, base.pagefindBytes)}`.padStart(22)}${`${row.searchDataBytes}${per(row.searchDataBytes, base.searchDataBytes)}`.padStart(22)}${String(row.firstQueryGzip).padStart(14)}${String(row.textBytes).padStart(15)}`,
    );
  }
  console.log(
    '(in brackets: growth per unit of content relative to ×' +
      (base?.factor ?? 1) +
      '; 1.00 is linear, below 1 is better)',
  );
}

if (import.meta.main) {
  const factors = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n >= 1);
  printScale(await measureScale(factors.length > 0 ? factors : [1, 10, 100]));
}
