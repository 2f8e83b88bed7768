/**
 * The digest email rendered by Chromium, as a mail client would show it: screenshots of the
 * English and Chinese digests go to test-artifacts/. A customer named like HTML shows as that
 * literal text — no element is created from it and no script runs — and the bar picture's
 * coloured cells are really drawn as wide as each tier's share.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderDigest } from '../../src/core/report/render';
import { BUSY_WEEK, BUSY_WEEK_ZH, QUIET_WEEK, XSS_NAME } from '../core/report/render-fixtures';
import { launchChromium, missingBrowserReason } from './support/browser';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
const skip = missingBrowserReason() !== null;

/** Opens `html` in a fresh page, recording dialogs and page errors. */
async function show(
  browser: Browser,
  html: string,
  width = 720,
): Promise<{ page: Page; dialogs: string[]; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  // A mail client blocks remote content; the digest must not need any, so record every fetch.
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    void route.abort();
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, dialogs, errors, requests };
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** Asserts the hostile name is shown as text and created nothing. */
export async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  const body = await page.evaluate(() => document.body.innerText);
  expect(body).toContain(XSS_NAME);
  expect(await page.locator('img, b, script, style, svg, iframe').count()).toBe(0);
  // Give a stray onerror handler time to fire before checking that none did.
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
}

describe.skipIf(skip)('the digest email in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a hostile customer name as literal text, with no element or dialog from it', async () => {
    const { page, dialogs, errors, requests } = await show(browser, renderDigest(BUSY_WEEK).html);
    await shot(page, 'digest-en');
    await expectInert(page, dialogs);
    // Every place the name appears (a promotion and the single-owner list) is plain text.
    const named = page.getByText(XSS_NAME, { exact: true });
    expect(await named.count()).toBe(2);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]); // no image, font or style sheet fetched
    await page.close();
  });

  it('draws the bars as wide as each tier’s share of value, inside 600 px, and fits a phone', async () => {
    const { page } = await show(browser, renderDigest(BUSY_WEEK).html);
    const bars = await page.$$eval('td[style*="height:10px"]', (cells) =>
      cells.map((td) => {
        const bar = td.parentElement!.getBoundingClientRect().width;
        return { pct: td.getAttribute('width'), share: td.getBoundingClientRect().width / bar };
      }),
    );
    const coloured = bars.filter((_, i) => i % 2 === 0);
    expect(coloured.map((b) => b.pct)).toEqual(['30%', '25%', '25%', '20%']);
    for (const b of coloured) expect(b.share).toBeCloseTo(parseInt(b.pct!) / 100, 1);
    const card = await page.locator('table[width="600"]').boundingBox();
    expect(card!.width).toBeLessThanOrEqual(600);
    expect(card!.width).toBeGreaterThan(560);
    await page.close();

    // On a phone (375 px) everything fits without scrolling sideways.
    const phone = await show(browser, renderDigest(BUSY_WEEK).html, 375);
    await shot(phone.page, 'digest-phone');
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(375);
    await phone.page.close();
  });

  it('renders the Chinese digest and the quiet week', async () => {
    const zh = await show(browser, renderDigest(BUSY_WEEK_ZH).html);
    await shot(zh.page, 'digest-zh');
    const text = await zh.page.evaluate(() => document.body.innerText);
    expect(text).toContain('当前客户金字塔');
    expect(text).toContain('A · VIP客户');
    expect(text).toContain('2026年11月30日当周');
    await expectInert(zh.page, zh.dialogs);
    await zh.page.close();

    const quiet = await show(browser, renderDigest(QUIET_WEEK).html);
    await shot(quiet.page, 'digest-quiet');
    const quietText = await quiet.page.evaluate(() => document.body.innerText);
    expect(quietText).toContain('No tier changes this period.');
    expect(quietText).toContain('Nothing needs attention.');
    await quiet.page.close();
  });
});
