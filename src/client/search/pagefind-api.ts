/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`) the site uses. The bundle
 * is written by the build, so it is loaded at run time from the site's own origin.
 */
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: PagefindWeightedLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
  /** For each filter, how many of the results have each value. */
  filters?: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<PagefindSearch | null>;
  /** Every filter and its values; loading them makes searches count results by filter. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads the Pagefind runtime once, on first use. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No highlightParam: result links carry the reader's own words (see render.ts).
    // noWorker: the index is small, and searching on the page saves downloading the
    // worker (11 KB); the CSP allows the WebAssembly this needs ('wasm-unsafe-eval').
    await pagefind.options({ baseUrl: base, excerptLength: 36, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
