/**
 * Finds a Chromium already on the machine: the tests and the benchmark never download a
 * browser.
 * Order: $CHROMIUM_PATH, then the usual Debian/Ubuntu and Chrome locations.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const INSTALL_HINT = 'apt-get install -y chromium fonts-noto-cjk';

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, ...CANDIDATES].filter((path): path is string => Boolean(path));
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    `No Chromium found (looked at ${candidates.join(', ')}). Install it with:\n  ${INSTALL_HINT}\nor set CHROMIUM_PATH.`,
  );
}

/** Flags that keep Chromium from reaching out to the network on its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}
