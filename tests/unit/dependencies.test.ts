/**
 * The tools stand on their own and every package is declared. `scripts/` (build, import,
 * benchmark) imports nothing from `tests/` but the fixtures (the public query sets, which the
 * benchmark times and the browser tests score): the tests use the tools' helpers, not the
 * other way round. Every npm package a source file imports is a direct dependency or
 * devDependency at an exact version, not something that only arrives through another
 * package and could vanish with its next release (type-only packages count through their
 * `@types/` package).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { filesUnder, importsOf, packageOf, ROOT, typesPackageOf } from '../support/imports.ts';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = { ...manifest.dependencies, ...manifest.devDependencies };

const sources = [...filesUnder('src'), ...filesUnder('scripts'), ...filesUnder('tests'), 'astro.config.mjs'];
const importsByFile = new Map(sources.map((file) => [file, importsOf(readFileSync(join(ROOT, file), 'utf8'), file)]));

test('scripts/ imports nothing from tests/ but its fixtures', () => {
  const problems: string[] = [];
  for (const [file, specifiers] of importsByFile) {
    if (!file.startsWith('scripts/')) continue;
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const to = relative(ROOT, resolve(ROOT, dirname(file), specifier));
      if ((to === 'tests' || to.startsWith('tests/')) && !to.startsWith('tests/fixtures/'))
        problems.push(`${file} imports ${specifier}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every imported package is declared in package.json', () => {
  const problems: string[] = [];
  for (const [file, specifiers] of importsByFile) {
    for (const specifier of specifiers) {
      const name = packageOf(specifier);
      if (name && !(name in declared) && !(typesPackageOf(name) in declared))
        problems.push(`${file} imports ${specifier}, but ${name} is not in package.json`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every dependency is pinned to an exact version', () => {
  const loose = Object.entries(declared).filter(([, version]) => !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version));
  assert.deepEqual(loose, []);
});

test('the check sees the packages the sources import', () => {
  const seen = new Set([...importsByFile.values()].flat().map(packageOf));
  for (const name of ['astro', 'playwright-core', 'hast']) assert.ok(seen.has(name), name);
  assert.ok(!seen.has('@astrojs/starlight'), 'text of a generated file is not an import');
});

test('a specifier names its package; builtins, virtual modules and paths name none', () => {
  const cases: [string, string | null][] = [
    ['astro', 'astro'],
    ['astro/zod', 'astro'],
    ['hast-util-to-text', 'hast-util-to-text'],
    ['@astrojs/markdown-remark', '@astrojs/markdown-remark'],
    ['@astrojs/starlight/loaders', '@astrojs/starlight'],
    ['lightningcss?raw', 'lightningcss'],
    ['astro:content', null],
    ['virtual:report-model', null],
    ['node:fs/promises', null],
    ['fs', null],
    ['path/posix', null],
    ['./a.ts', null],
    ['../../scripts/lib/chromium.ts', null],
    ['/abs/file.js', null],
    ['#internal', null],
  ];
  assert.deepEqual(
    cases.map(([specifier]) => [specifier, packageOf(specifier)]),
    cases,
  );
  assert.equal(typesPackageOf('hast'), '@types/hast');
  assert.equal(typesPackageOf('@scope/name'), '@types/scope__name');
});

test('the scanner reads Astro frontmatter and scripts, not the markup or strings', () => {
  const component =
    "---\nimport Layout from '../layouts/Base.astro';\n---\n<p>import nothing from 'here'</p>\n<script>\n  import { run } from 'some-package';\n  const text = `import x from 'not-an-import'`;\n</script>\n";
  assert.deepEqual(importsOf(component, 'Page.astro'), ['../layouts/Base.astro', 'some-package']);
});
