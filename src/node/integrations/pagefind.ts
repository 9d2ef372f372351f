import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made UIs: the site has its own search UI and highlighter. */
const UNUSED = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui']
  .flatMap((name) => [`${name}.js`, `${name}.css`])
  .concat('pagefind-highlight.js');

/**
 * Builds the Pagefind index into `dist/pagefind/` after every `astro build`. Pagefind's
 * Node API reports problems as `errors` arrays, not exceptions: any error fails the build.
 * Only elements marked `data-pagefind-body` (the report text and the glossary entries)
 * are indexed, never the navigation.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'report-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const check = (step: string, errors: string[]) => {
          if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('createIndex', errors);
          if (!index) throw new Error('pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          check('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error('pagefind indexed no page: is data-pagefind-body missing?');
          const outputPath = fileURLToPath(new URL('./pagefind/', dir));
          const written = await index.writeFiles({ outputPath });
          check('writeFiles', written.errors);
          await Promise.all(UNUSED.map((file) => rm(join(outputPath, file), { force: true })));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
