/**
 * One static server on the built site and one Chromium per test file. Every request the
 * pages make is recorded, so a test can assert that nothing leaves the site.
 */
import { after, before } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { DIST } from './dist.ts';

export interface Site {
  server: RunningServer;
  browser: Browser;
  /** Every URL requested by any page opened through `newPage`. */
  requests: string[];
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

export interface SiteOptions {
  /** The build to serve (default dist/) and its base path (default /). */
  dir?: string;
  base?: string;
  /** URL paths (under the base) that answer 404, to play a host that lacks them. */
  missing?: string[];
}

export function useSite({ dir = DIST, base = '/', missing = [] }: SiteOptions = {}): Site {
  const contexts: BrowserContext[] = [];
  const site = { requests: [] as string[] } as Site;
  before(async () => {
    site.server = await serveStatic(dir, base, missing);
    site.browser = await launchChromium();
  });
  after(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await site.browser?.close();
    await site.server?.close();
  });
  site.newPage = async (options = {}) => {
    const context = await site.browser.newContext({ baseURL: site.server.url, ...options });
    contexts.push(context);
    const page = await context.newPage();
    page.on('request', (request) => site.requests.push(request.url()));
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  };
  return site;
}
