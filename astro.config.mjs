// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { Features } from 'lightningcss';
import pagefind from './src/node/integrations/pagefind.ts';
import searchData from './src/node/integrations/search-data.ts';
import themeScript from './src/node/integrations/theme-script.ts';
import cspPerPage from './src/node/integrations/csp-per-page.ts';
import publishedAddresses from './src/node/integrations/published-addresses.ts';
import reportModel from './src/node/integrations/report-model.ts';
import { normalizeBase } from './src/shared/urls.ts';
import { DEFAULT_SITE_URL } from './src/shared/site-url.ts';
import { loadReport } from './src/node/content/load-report.ts';
import { loadReconcile } from './src/node/content/load-reconcile.ts';
import { loadLibrary } from './src/node/content/load-library.ts';
import { isLibrary, reportPath } from './src/shared/library.ts';
import { ReportChoiceError } from './src/node/content/report-files.ts';
import { ContentError } from './src/shared/content-error.ts';
import { markdownPipeline } from './src/node/markdown/pipeline.ts';
import { SITE_CSP } from './src/node/site-csp.ts';

// The site can be deployed under a sub-path: BASE_PATH=/report/ npm run build.
const siteBase = normalizeBase(process.env.BASE_PATH);

// The model of the report this build renders (the only one of content/reports/, or the one
// REPORT names: src/node/content/report-files.ts), read and checked once: the Markdown plugins need the terms,
// sections and figures before content collections exist, and the integrations build the
// search data from it. Adding an entry or a section needs a restart of `npm run dev`.
const { model, library, reconcile } = (() => {
  try {
    const model = loadReport();
    const library = loadLibrary();
    // The 对账单 reads the report's neighbours in the library: the next year's results, the last year's targets.
    const reconcile = loadReconcile(
      process.cwd(),
      { id: model.id, year: Number(model.id.split('/')[1]), indicators: model.indicators.indicators },
      library,
      siteBase,
    );
    return { model, library, reconcile };
  } catch (error) {
    // A content problem is the editor's to fix: its file and line, without a stack trace.
    if (!(error instanceof ContentError || error instanceof ReportChoiceError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();
// A library of several reports serves each at <government>/<year>/ (src/shared/library.ts);
// `npm run build` builds them one by one and the library's own pages around them.
const base = isLibrary(library) ? `${siteBase}${reportPath(model.id)}` : siteBase;
const { remarkPlugins, rehypePlugins } = markdownPipeline(model, base);
// The old address of a moved page answers with a redirect page (src/pages/[...moved].astro),
// which the sitemap leaves out: it lists the new address.
const redirected = new Set(model.redirects.map(({ from }) => `${base}${from}`));

export default defineConfig({
  // Reports of a library are built side by side: each keeps its content store and caches apart.
  ...(isLibrary(library) ? { cacheDir: `./node_modules/.astro/reports/${model.id}/` } : {}),
  // Absolute addresses (citations, canonical links, og:url, the sitemap) start here.
  site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  base,
  trailingSlash: 'always',
  // Two pages with one URL (for example two sections with the same slug) stop the build.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) ignores remark plugins; remark-cjk-friendly
    // needs the unified pipeline so that `**…。**面对` renders as <strong>.
    // SmartyPants stays off: it would rewrite Chinese quotes and ellipses.
    processor: unified({
      remarkPlugins,
      rehypePlugins,
      smartypants: false,
    }),
  },
  vite: {
    // The colours are written light-dark(light, dark) (src/styles/global.css); the CSS
    // minifier rewrites that for browsers without light-dark() (before Chrome 123, Safari
    // 17.5, and many in-app browsers), and changes nothing else.
    css: { lightningcss: { include: Features.LightDark } },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX output starts with its own "use astro:head-inject" directive, which
          // the bundler warns about for every section; it is Astro's to keep, not the
          // editor's. Every other warning is shown.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Pages read the model through `virtual:report-model`, not the files again.
    reportModel(model, { siteBase, reports: library }, reconcile),
    mdx(),
    // Every page but 404, in sitemap-index.xml → sitemap-0.xml (robots.txt names it).
    sitemap({ filter: (page) => !redirected.has(new URL(page).pathname) }),
    themeScript(),
    cspPerPage(),
    pagefind(),
    searchData(model),
    // Last: the published addresses grow only when everything before succeeded.
    publishedAddresses(model),
  ],
  // The search box on every page may start Pagefind (src/node/site-csp.ts).
  security: { csp: SITE_CSP },
});
