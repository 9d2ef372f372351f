/**
 * Hands the library's list of reports (src/node/content/load-library.ts), read once by
 * astro.library.config.mjs, to the library's pages as the module `virtual:library`.
 */
import type { AstroIntegration } from 'astro';
import type { LibraryReport } from '../../shared/library.ts';

const MODULE = 'virtual:library';
const RESOLVED = `\0${MODULE}`;

export default function libraryModel(reports: readonly LibraryReport[]): AstroIntegration {
  const source = `export default ${JSON.stringify(reports)};`;
  return {
    name: 'library-model',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'library-model',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
