/**
 * Launches Debian's Chromium for the browser tests (never downloads one). With no browser,
 * a CI run fails with a clear message; a local run skips and says why.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why the browser tests cannot run here, or null when they can. */
export function missingBrowserReason(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const reason = `No Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH): browser tests cannot run.`;
  if (process.env.CI === 'true') throw new Error(`${reason} CI=true, so this is a failure.`);
  console.warn(`SKIPPED browser tests: ${reason}`);
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
