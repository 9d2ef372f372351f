/**
 * Code is grouped by where it runs: `src/client/` in the browser, `src/node/` at build time
 * in Node, `src/shared/` in both. A browser or shared module that reached for a Node
 * builtin, Astro's build-time modules or a build-only file would break the page's script
 * or pull build code into it; this test names the import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { filesUnder, importsOf, ROOT as root } from '../support/imports.ts';

/** Where an import leads: a project folder (`src/node/…`) or the specifier itself. */
function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier;
}

const rules: { folder: string; allowed: (to: string) => boolean; why: string }[] = [
  {
    folder: 'src/client',
    allowed: (to) => /^src\/(client|shared|styles)\//.test(to),
    why: 'browser code imports only src/client/, src/shared/ and styles',
  },
  ...['src/pages', 'src/components', 'src/layouts', 'src/lib'].map((folder) => ({
    folder,
    allowed: (to: string) => !/^src\/node\/content\//.test(to),
    why: 'pages read the model of the report (virtual:report-model), never a content file or its loader',
  })),
  {
    folder: 'src/shared',
    allowed: (to) => /^src\/shared\//.test(to) || /^src\/schemas\//.test(to),
    why: 'shared code imports only src/shared/ (and schema types), so that it runs in the browser and in Node',
  },
];

for (const { folder, allowed, why } of rules) {
  test(`${folder}: ${why}`, () => {
    const problems: string[] = [];
    for (const file of filesUnder(folder)) {
      for (const specifier of importsOf(readFileSync(join(root, file), 'utf8'), file)) {
        const to = target(file, specifier.replace(/\?.*$/, ''));
        if (!allowed(to)) problems.push(`${file} imports ${specifier}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('src/shared imports schemas for their types only', () => {
  const problems = filesUnder('src/shared').flatMap((file) =>
    [
      ...readFileSync(join(root, file), 'utf8').matchAll(
        /^import\s+(type\s+)?[^;]*?from\s*['"]([^'"]*schemas[^'"]*)['"]/gm,
      ),
    ]
      .filter((match) => !match[1])
      .map((match) => `${file} imports ${match[2]} at run time`),
  );
  assert.deepEqual(problems, []);
});

test('the import scanner sees static, dynamic and bare imports', () => {
  assert.deepEqual(
    importsOf(
      `import a from './a.ts';\nimport type { B } from "node:fs";\nimport './c.css';\nconst d = await import('../d.ts');\nexport { e } from './e.ts';`,
    ),
    ['./a.ts', 'node:fs', './c.css', '../d.ts', './e.ts'],
  );
});
