/**
 * axe-core in Chromium, and the colour schemes and themes the accessibility tests check the
 * site in: the system's light and dark, and a theme chosen against the system's.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Site } from './browser-fixture.ts';
import { builtPages } from './dist.ts';
import { THEME_KEY, type Theme } from '../../src/shared/theme.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page of the build, as a path to open (the 404 page at an address that has none). */
export const sitePaths = async (): Promise<string[]> =>
  (await builtPages()).map(({ path }) => path.replace(/index\.html$/, '').replace(/^404\.html$/, 'no-such-page/'));

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe on the page as it is now; returns one line per violation and node. Only
 * violations are asked for: axe then skips listing every node that passes, which halves its
 * time and leaves the violations whole.
 */
export async function violations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Pages from themedPage have axe from their first script on; any other gets it now.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run(options: object): Promise<unknown> } }).axe.run({
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
      }),
    rules,
  )) as AxeResult;
  return result.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}`),
  );
}

export interface ThemeCase {
  label: string;
  colorScheme: Theme;
  /** The theme the reader chose with the header's toggle, if any. */
  choice?: Theme;
  paths: string[];
  /** The axe rules to run, if not all. */
  rules?: readonly string[];
}

/**
 * The rules whose outcome the colour scheme can change. The system's scheme changes the
 * stylesheet's colours and, in the markup, only the toggle's aria-pressed, which the full
 * runs with a theme chosen check pressed and not; so in the system's dark scheme every
 * other rule would repeat the light run.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** The system's colour scheme, and the theme the reader chose, if any: every page in the first two. */
export function themeCases(paths: string[]): ThemeCase[] {
  return [
    { label: 'light', colorScheme: 'light', paths },
    { label: 'dark', colorScheme: 'dark', paths, rules: COLOUR_RULES },
    ...(['light', 'dark'] as const).map((choice) => ({
      label: `${choice} chosen on a ${choice === 'light' ? 'dark' : 'light'} system`,
      colorScheme: choice === 'light' ? ('dark' as const) : ('light' as const),
      choice,
      paths: [
        '',
        'sections/goals/',
        'glossary/',
        'glossary/liuwen/',
        'indicators/',
        'full/',
        'search/',
        'no-such-page/',
      ],
    })),
  ];
}

export async function themedPage(site: Site, { colorScheme, choice }: ThemeCase): Promise<Page> {
  const page = await site.newPage({ colorScheme });
  // Loaded with every page before its own scripts, which is a third faster than adding it to
  // each page after loading. axe only defines window.axe until it is run. As the browser's
  // own script it is not subject to the page's CSP, which stays on.
  await page.addInitScript({ content: axeSource });
  if (choice) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, choice]);
  return page;
}

export async function checkTheme(page: Page, { choice }: ThemeCase): Promise<void> {
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), choice ?? null);
}

/**
 * What is wrong with the page as loaded: axe in the light scheme, the colour rules in the
 * dark, and sideways scrolling at its width (set 320 px to test a small phone). Each line
 * names `path`.
 */
export async function pageProblems(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  for (const line of await violations(page)) found.push(`${path} (light): ${line}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const line of await violations(page, COLOUR_RULES)) found.push(`${path} (dark): ${line}`);
  await page.emulateMedia({ colorScheme: 'light' });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  if (wide) found.push(`${path}: scrolls sideways at ${page.viewportSize()?.width ?? '?'} px`);
  return found;
}
