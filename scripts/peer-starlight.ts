/**
 * The peer for the benchmark: the same report in a default Astro Starlight site (its own
 * zh-CN locale and Pagefind search), generated in a temporary folder, installed from npm
 * and built there. Nothing of it is committed: this script is its whole scaffolding.
 *
 * `preparePeer()` returns the folder with the built site in `dist/`; the bench measures
 * it exactly as it measures this site.
 */
import { chosenReport, reportFolder } from '../src/node/content/report-files.ts';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// The report the bench measures: the project's own (the only one, or the one REPORT names).
const REPORT_DIR = reportFolder(chosenReport(root));
const ourPackage = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  overrides?: Record<string, string>;
};

/** Starlight's version; Astro and its Markdown processor are pinned to this project's. */
export const STARLIGHT_VERSION = '0.42.4';

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`,
    );
  return result.stdout;
}

/** An MDX section of ours as a Starlight page: its title, its order, its text. */
function starlightPage(source: string, order: number): string {
  const title = /^title: (".*")$/m.exec(source)?.[1] ?? '""';
  const body = source
    .replace(/^---[\s\S]*?---\n/, '')
    .replace(/^import .*\n/gm, '')
    .replace(/<\/?Captions[^>]*>\n?/g, '');
  return `---\ntitle: ${title}\nsidebar:\n  order: ${order}\n---\n${body}`;
}

export async function preparePeer(): Promise<{ dir: string; buildMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'report-starlight-'));
  const docs = join(dir, 'src/content/docs');
  await mkdir(join(docs, 'glossary'), { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'report-starlight-peer',
        private: true,
        type: 'module',
        dependencies: {
          astro: ourPackage.dependencies.astro,
          '@astrojs/markdown-remark': ourPackage.dependencies['@astrojs/markdown-remark'],
          '@astrojs/starlight': STARLIGHT_VERSION,
        },
        overrides: ourPackage.overrides,
      },
      null,
      2,
    ),
  );
  // The peer publishes the same report as the site: its title and headline come from the content.
  const [report] = JSON.parse(await readFile(join(root, `${REPORT_DIR}/report.json`), 'utf8')) as {
    title: string;
    headline: string;
  }[];
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: ${JSON.stringify(report.title)},
    defaultLocale: 'root',
    locales: { root: { label: '简体中文', lang: 'zh-CN' } },
  })],
});
`,
  );
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  await writeFile(
    join(docs, 'index.mdx'),
    `---\ntitle: ${JSON.stringify(report.headline)}\n---\n\n这是${report.title}的全文。\n`,
  );
  const sections = (await readdir(join(root, `${REPORT_DIR}/sections`))).sort();
  for (const [i, name] of sections.entries()) {
    const source = await readFile(join(root, `${REPORT_DIR}/sections`, name), 'utf8');
    const slug = /^slug: "([^"]+)"$/m.exec(source)?.[1] ?? name.replace(/\.mdx$/, '');
    await writeFile(join(docs, `${slug}.mdx`), starlightPage(source, i + 1));
  }
  for (const name of (await readdir(join(root, `${REPORT_DIR}/glossary`))).sort()) {
    const source = await readFile(join(root, `${REPORT_DIR}/glossary`, name), 'utf8');
    const term = /^term: (".*")$/m.exec(source)?.[1] ?? '""';
    const body = source.replace(/^---[\s\S]*?---\n/, '');
    await writeFile(join(docs, 'glossary', name), `---\ntitle: ${term}\n---\n${body}`);
  }

  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  const started = performance.now();
  run(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], dir);
  return { dir, buildMs: performance.now() - started };
}
