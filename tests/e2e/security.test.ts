/**
 * Nothing runs that the site did not write, and nothing leaves the site: every page
 * carries a Content-Security-Policy; using the site (reading, term popovers, search with
 * Pagefind, highlighting) triggers no violation, and a script slipped into a page is
 * blocked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { useSite } from '../support/browser-fixture.ts';
import { builtPages } from '../support/dist.ts';
import { searchResults } from '../support/search-page.ts';
import { watchViolations } from '../support/csp.ts';

const site = useSite();
const pages = await builtPages();

test('every page has a CSP that allows scripts only from the site', () => {
  for (const { path, html } of pages) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    assert.deepEqual(directives.get('default-src'), ["'self'"], path);
    assert.deepEqual(directives.get('object-src'), ["'none'"], path);
    const scripts = directives.get('script-src') ?? [];
    assert.ok(scripts.includes("'self'"), path);
    assert.deepEqual(
      scripts.filter((v) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(v) && v !== "'self'" && v !== "'wasm-unsafe-eval'"),
      [],
      `${path}: ${scripts}`,
    );
    // The hashes are exactly those of the page's inline scripts (the theme script among them).
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
    );
    assert.ok(inline.length >= 1, `${path}: no theme script`);
    assert.deepEqual(
      scripts.filter((v) => v.startsWith("'sha256-")).toSorted(),
      [...new Set(inline)].toSorted(),
      `${path}: script hashes`,
    );
  }
});

// Every page loading without a violation is checked by the walks of accessibility.test.ts.
test('reading, popovers, search with Pagefind and highlighting cause no CSP violation', async () => {
  const page = await site.newPage();
  const violations = await watchViolations(page);
  const found: string[] = [];
  await page.goto('sections/goals/');
  await page.hover('a.term[data-term="liuwen"]');
  await page.locator('.term-popover').waitFor({ state: 'visible' });
  await page.fill('#site-search-input', '社零 增长'); // ordering near results starts Pagefind
  await searchResults(page, '.site-header');
  found.push(...(await violations()));
  await page.goto('search/?q=' + encodeURIComponent('六穩'));
  await searchResults(page);
  await page.locator('.result__link').nth(1).click();
  await page.waitForSelector('mark.search-highlight');
  found.push(...(await violations()));
  assert.deepEqual(found, []);
});

test('a script injected into a page does not run', async () => {
  const page = await site.newPage();
  const violations = await watchViolations(page);
  await page.goto('sections/overview/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('src', 'data:,');
    handler.setAttribute('onerror', 'window.injected = true');
    document.body.append(handler);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  assert.equal(ran, false);
  assert.ok((await violations()).some((v) => v.startsWith('script-src')));
});
