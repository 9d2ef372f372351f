/**
 * The suites' report changed as the content suites need it built, each change made once and
 * built once per run by `npm run test:build` (tests/support/build-in-process.ts) into
 * .test-sites/variants/<name>/: dist/, the content/ it was built from (as the build left it,
 * content/reports/qilihequ/2021/published.yaml included) and output.log.
 *
 * - `edited` (under /report/): a paragraph inserted at the top of 02-achievements.mdx and a
 *   line break inside a sentence with a figure (tests/content/indicator-links.test.ts);
 *   escaped braces and `<`, and a sentence in traditional characters, appended to
 *   04-challenges.mdx, and 01-overview.mdx and 06-projects.mdx saved with a BOM and CRLF
 *   (tests/content/text.test.ts); the section `goals` renamed `targets` and the glossary
 *   entry once at `glossary/liuwen-old/`, each with its redirect declared
 *   (tests/content/addresses.test.ts).
 * - `no-glossary`: content/reports/qilihequ/2021/glossary/ gone (tests/content/figures-without-glossary.test.ts).
 * - `bare`: no glossary, no figures, report.json as imported from the text alone
 *   (tests/content/no-glossary.test.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { FixtureProject } from '../../scripts/lib/fixture-project.ts';
import { ROOT } from './fixture.ts';
import { removeGlossary } from './without-glossary.ts';

export const ACHIEVEMENTS = 'content/reports/qilihequ/2021/sections/02-achievements.mdx';
export const CHALLENGES = 'content/reports/qilihequ/2021/sections/04-challenges.mdx';
export const GOALS = 'content/reports/qilihequ/2021/sections/05-goals.mdx';
/** The paragraph inserted at the top of 02-achievements.mdx. */
export const INSERTED = '新增的一段：回顾五年，成绩来之不易。';
/** Appended to 04-challenges.mdx, one paragraph each. */
export const ESCAPED = '写作\\{2021\\}和（见附表\\{1\\}），浓度\\<35。';
export const TRADITIONAL = '持續優化營商環境，提升服務效能。';
/** Saved with a byte-order mark and CRLF line ends. */
export const WINDOWS_FILES = [
  'content/reports/qilihequ/2021/sections/01-overview.mdx',
  'content/reports/qilihequ/2021/sections/06-projects.mdx',
];

const appended = (text: string) => (t: string) => `${t}\n${text}\n`;
const windows = (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`;

export const VARIANTS = {
  edited: {
    base: '/report/',
    async change(project: FixtureProject) {
      await project.edit(ACHIEVEMENTS, (t) => {
        if (!t.includes('2020年达到492.06亿元')) throw new Error(`${ACHIEVEMENTS} no longer says 2020年达到492.06亿元`);
        return t
          .replace(/^(---\n[^]*?\n---\n\n)/, `$1${INSERTED}\n\n`)
          .replace('2020年达到492.06亿元', '2020年达到\n492.06亿元');
      });
      await project.edit(CHALLENGES, appended(ESCAPED));
      await project.edit(CHALLENGES, appended(TRADITIONAL));
      for (const file of WINDOWS_FILES) await project.edit(file, windows);
      await project.edit(GOALS, (t) => t.replace('slug: "goals"', 'slug: "targets"'));
      // And a glossary entry that was once published at another address.
      await project.edit('content/reports/qilihequ/2021/published.yaml', (t) =>
        t.replace('glossary:\n', 'glossary:\n  - { address: "glossary/liuwen-old/", term: "六稳" }\n'),
      );
      await project.edit('content/reports/qilihequ/2021/redirects.yaml', (t) =>
        t.replace(
          '[]\n',
          '- { from: sections/goals/, to: sections/targets/ }\n- { from: glossary/liuwen-old/, to: glossary/liuwen/ }\n',
        ),
      );
    },
  },
  'no-glossary': {
    base: undefined,
    change: removeGlossary,
  },
  bare: {
    base: undefined,
    async change(project: FixtureProject) {
      await removeGlossary(project);
      await rm(join(project.dir, 'content/reports/qilihequ/2021/indicators.yaml'));
      // As imported from the text alone: report.json without the optional fields.
      await project.edit('content/reports/qilihequ/2021/report.json', (text) => {
        const [report] = JSON.parse(text) as Record<string, unknown>[];
        for (const field of ['intro', 'searchExamples', 'figuresSummary', 'sourceNote']) delete report[field];
        return JSON.stringify([report]);
      });
    },
  },
} satisfies Record<string, { base: string | undefined; change(project: FixtureProject): Promise<void> }>;

export type VariantName = keyof typeof VARIANTS;

export const variantSiteDir = (name: VariantName): string => join(ROOT, '.test-sites/variants', name);

export interface VariantSite {
  /** The built site. */
  dist: string;
  /** Reads a file of the built site, e.g. `sections/goals/index.html`. */
  page(path: string): Promise<string>;
  /** Reads a file of the content it was built from, e.g. `content/reports/qilihequ/2021/published.yaml`. */
  content(path: string): Promise<string>;
  /** What the build printed. */
  output: string;
}

/** The built variant `name`; throws with what to do when test:build did not make it. */
export async function variantSite(name: VariantName): Promise<VariantSite> {
  const dir = variantSiteDir(name);
  const relative = `.test-sites/variants/${name}`;
  if (existsSync(join(dir, 'failed.log')))
    throw new Error(
      `${relative}: the build failed:\n${(await readFile(join(dir, 'failed.log'), 'utf8')).slice(-3000)}`,
    );
  if (!existsSync(join(dir, 'dist'))) throw new Error(`${relative}/dist/ is missing: run npm run test:build first.`);
  const dist = join(dir, 'dist');
  return {
    dist,
    page: (path) => readFile(join(dist, path), 'utf8'),
    content: (path) => readFile(join(dir, path), 'utf8'),
    output: await readFile(join(dir, 'output.log'), 'utf8'),
  };
}
