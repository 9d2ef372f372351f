/**
 * Who imports what, for the tests that keep the project's boundaries: the source files of
 * a folder, the module specifiers each imports (read with TypeScript's scanner, so that
 * text in strings and comments, such as the peer site's generated config, does not count)
 * and the npm package a specifier names.
 */
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|astro)$/;

/** The source files under a folder of the project, as paths from the project root. */
export function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .sort();
}

/** The code of a file: all of it, or for an Astro component its frontmatter and scripts. */
function codeOf(source: string, file: string): string {
  if (!file.endsWith('.astro')) return source;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n;\n');
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
export function importsOf(source: string, file = 'module.ts'): string[] {
  return ts.preProcessFile(codeOf(source, file), true, true).importedFiles.map((reference) => reference.fileName);
}

/**
 * The npm package a specifier names (`astro/zod` → `astro`, `@astrojs/starlight/loaders`
 * → `@astrojs/starlight`), or null for relative paths, Node builtins, Astro's virtual
 * `astro:` modules, the project's own `virtual:` modules and package-internal `#` imports.
 */
export function packageOf(specifier: string): string | null {
  const path = specifier.replace(/\?.*$/, '');
  if (/^[./#]/.test(path) || path.startsWith('node:') || path.startsWith('astro:') || path.startsWith('virtual:'))
    return null;
  if (builtinModules.includes(path) || builtinModules.includes(path.split('/')[0])) return null;
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The package that carries a package's types: `hast` → `@types/hast`, `@a/b` → `@types/a__b`. */
export function typesPackageOf(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}
