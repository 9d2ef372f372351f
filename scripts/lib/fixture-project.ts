/**
 * A throw-away copy of the project (sources and content; node_modules linked) in which a
 * test breaks one content file and runs Astro, to prove that bad input stops the build, in
 * which the tests build the site of their own fixture report, and in which `npm run scale`
 * builds the site from many times the content.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const COPIED = [
  'astro.config.mjs',
  'astro.library.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'public',
  'scripts',
];

export interface FixtureProject {
  dir: string;
  /** Rewrites a file of the copy, e.g. edit('content/reports/qilihequ/2021/sections/04-challenges.mdx', (t) => …). */
  edit(path: string, change: (text: string) => string): Promise<void>;
  /** Writes a file of the copy, creating its folder. */
  write(path: string, text: string): Promise<void>;
  /** Runs `astro <command>` in the copy; resolves with the exit code and all output. */
  astro(...args: string[]): Promise<{ code: number | null; output: string }>;
  /** Runs a Node script of the copy, e.g. `scripts/build.ts`. */
  node(...args: string[]): Promise<{ code: number | null; output: string }>;
  /** The same with more environment variables, e.g. `{ BASE_PATH: '/report/' }`. */
  nodeWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; output: string }>;
  remove(): Promise<void>;
}

/** `content`: the folder the copy's content/ is taken from (default: the project's own). */
export async function fixtureProject({
  content = join(ROOT, 'content'),
}: { content?: string } = {}): Promise<FixtureProject> {
  const dir = await mkdtemp(join(tmpdir(), 'report-fixture-'));
  for (const entry of COPIED) await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
  await cp(content, join(dir, 'content'), { recursive: true });
  // What the language shares with every report (content/language/) is the product's, not a
  // report's: a copy made from another content folder gets the project's own.
  if (!existsSync(join(content, 'language')))
    await cp(join(ROOT, 'content/language'), join(dir, 'content/language'), { recursive: true });
  // Link each package, not node_modules itself: Astro and Vite write their caches into
  // node_modules/.astro and node_modules/.vite, which must stay the copy's own.
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return {
    dir,
    async edit(path, change) {
      const file = join(dir, path);
      await writeFile(file, change(await readFile(file, 'utf8')));
    },
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    astro: (...args) => run(dir, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args]),
    node: (...args) => run(dir, args),
    nodeWith: (env, ...args) => run(dir, args, env),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Runs Node (the project's Node 24) in the copy; resolves with the exit code and all output. */
function run(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}
