// @ts-check
// The library's own pages, around the reports of a library of several (src/library/): its
// home, the address of each government's latest report, the feed of every report, 404 and
// robots.txt. `npm run build` (scripts/build.ts) builds them first, then each report under
// its own address with astro.config.mjs.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { Features } from 'lightningcss';
import cspPerPage from './src/node/integrations/csp-per-page.ts';
import libraryModel from './src/node/integrations/library-model.ts';
import { normalizeBase } from './src/shared/urls.ts';
import { DEFAULT_SITE_URL } from './src/shared/site-url.ts';
import { loadLibrary } from './src/node/content/load-library.ts';
import { ContentError } from './src/shared/content-error.ts';
import { governmentPath } from './src/shared/library.ts';
import { SITE_CSP } from './src/node/site-csp.ts';

const base = normalizeBase(process.env.BASE_PATH);
const reports = (() => {
  try {
    return loadLibrary();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();
// A government's address only leads to its latest report: not a page of its own to list.
const governments = new Set(reports.map((report) => `${base}${governmentPath(report.governmentId)}`));

export default defineConfig({
  site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  base,
  srcDir: './src/library',
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  vite: { css: { lightningcss: { include: Features.LightDark } } },
  integrations: [
    libraryModel(reports),
    sitemap({ filter: (page) => !governments.has(new URL(page).pathname) }),
    cspPerPage(),
  ],
  // The library's search runs Pagefind too (src/node/site-csp.ts).
  security: { csp: SITE_CSP },
});
