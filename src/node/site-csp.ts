/**
 * The Content-Security-Policy of every page, a report's and the library's alike. Everything
 * comes from this site. Scripts: the site's own files and, by hash, the page's own inline
 * scripts (src/node/integrations/csp-per-page.ts); 'wasm-unsafe-eval' because search runs
 * Pagefind, whose search is WebAssembly when it cannot use a worker.
 */
import type { AstroUserConfig } from 'astro';

export const SITE_CSP = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
} satisfies NonNullable<AstroUserConfig['security']>['csp'];
