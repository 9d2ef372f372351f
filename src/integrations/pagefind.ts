import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
