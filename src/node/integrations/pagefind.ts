import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writePagefindIndex } from '../search/pagefind-index.ts';

/** Builds the report's Pagefind index into `dist/pagefind/` after every `astro build`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'report-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await writePagefindIndex({
          dir: fileURLToPath(dir),
          outputPath: fileURLToPath(new URL('./pagefind/', dir)),
        });
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
