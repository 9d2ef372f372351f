// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import pagefind from './src/integrations/pagefind.ts';
import { normalizeBase } from './src/lib/base.ts';

// The site can be deployed under a sub-path: BASE_PATH=/report/ npm run build.
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://qilihe-report.example',
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
    processor: unified({ remarkPlugins: [remarkCjkFriendly], smartypants: false }),
  },
  integrations: [mdx(), pagefind()],
  security: {
    csp: {
      // Pagefind's search runs WebAssembly; 'self' keeps every script on this site.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
