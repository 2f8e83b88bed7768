/**
 * Helpers for the digest browser tests: open an email's HTML in a Chromium page the way a
 * mail client would (no network), save a screenshot to test-artifacts/, and check that a
 * hostile customer name is shown as text and created nothing.
 */
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;

export interface ShownMail {
  readonly page: Page;
  /** alert/confirm/prompt messages: any is a script that ran. */
  readonly dialogs: string[];
  readonly errors: string[];
  /** Every URL the page tried to fetch (all are blocked). */
  readonly requests: string[];
}

/** Opens `html` in a fresh page `width` px wide, recording dialogs, errors and fetches. */
export async function showMail(browser: Browser, html: string, width = 720): Promise<ShownMail> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const shown: ShownMail = { page, dialogs: [], errors: [], requests: [] };
  // A mail client blocks remote content; the digest must not need any, so record every fetch.
  await page.route('**/*', (route) => {
    shown.requests.push(route.request().url());
    void route.abort();
  });
  page.on('dialog', (d) => {
    shown.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => shown.errors.push(e.message));
  await page.setContent(html, { waitUntil: 'load' });
  return shown;
}

/** Saves a full-page screenshot as test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Saves a screenshot of one element (a table) as test-artifacts/<name>.png. */
export async function screenshotOf(element: Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await element.screenshot({ path });
  return path;
}

/**
 * Asserts that `name` appears as literal text in `times` places of its own and that nothing
 * was made of it: no element that markup in a name could create, no dialog, no fetch.
 */
export async function expectShownAsText(
  shown: ShownMail,
  name: string,
  times: number,
): Promise<void> {
  const { page } = shown;
  expect(await page.evaluate(() => document.body.innerText)).toContain(name);
  expect(await page.getByText(name, { exact: true }).count()).toBe(times);
  expect(await page.locator('img, b, script, style, svg, iframe, object, embed').count()).toBe(0);
  // Give a stray onerror handler time to fire before checking that none did.
  await page.waitForTimeout(200);
  expect(shown.dialogs).toEqual([]);
  expect(shown.errors).toEqual([]);
  expect(shown.requests).toEqual([]);
}
