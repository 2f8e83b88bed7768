/**
 * The digest email rendered by Chromium from fixed models, as a mail client would show it:
 * screenshots of the English, Chinese, quiet-week, first-report and phone-width digests go to
 * test-artifacts/. A customer named like HTML shows as that literal text — no element is
 * created from it, no script runs, nothing is fetched — and the bar picture's coloured cells
 * are really drawn as wide as each tier's share.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { renderDigest } from '../../src/core/report/render';
import {
  BUSY_WEEK,
  BUSY_WEEK_ZH,
  FIRST_REPORT,
  QUIET_WEEK,
  XSS_NAME,
} from '../core/report/render-fixtures';
import { expectShownAsText, screenshot, screenshotOf, showMail } from './digest-page';
import { launchChromium, missingBrowserReason } from './support/browser';

const skip = missingBrowserReason() !== null;

describe.skipIf(skip)('the digest email in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a hostile customer name as literal text, with no element, dialog or fetch from it', async () => {
    const shown = await showMail(browser, renderDigest(BUSY_WEEK).html);
    await screenshot(shown.page, 'digest-en');
    // The name is a promotion and a single-owner account: two places, both plain text.
    await expectShownAsText(shown, XSS_NAME, 2);
    await shown.page.close();
  });

  it('draws the bars as wide as each tier’s share of value, inside 600 px, and fits a phone', async () => {
    const { page } = await showMail(browser, renderDigest(BUSY_WEEK).html);
    const bars = await page.$$eval('td[style*="height:10px"]', (cells) =>
      cells.map((td) => {
        const bar = td.parentElement!.getBoundingClientRect().width;
        return { pct: td.getAttribute('width'), share: td.getBoundingClientRect().width / bar };
      }),
    );
    const coloured = bars.filter((_, i) => i % 2 === 0);
    expect(coloured.map((b) => b.pct)).toEqual(['30%', '25%', '25%', '20%']);
    for (const b of coloured) expect(b.share).toBeCloseTo(parseInt(b.pct!) / 100, 1);
    // The pyramid, the migration and the forecast are the data tables, with their headers;
    // the rest is layout.
    expect(await page.getByRole('table').count()).toBe(3);
    expect(await page.getByRole('columnheader', { name: '% value' }).count()).toBe(1);
    const migration = page.getByRole('table', { name: /tier at the last report/ });
    expect(await migration.getByRole('columnheader').allInnerTexts()).toEqual([
      'From \\ To',
      'A',
      'B',
      'C',
      'D',
      'Gone',
      'Total',
    ]);
    expect(await migration.getByRole('rowheader').allInnerTexts()).toEqual([
      'A',
      'B',
      'C',
      'D',
      'New',
      'Total',
    ]);
    const forecast = page.getByRole('table', { name: /one period on/ });
    expect(await forecast.getByRole('rowheader').count()).toBe(5);
    const card = await page.locator('table[width="600"]').boundingBox();
    expect(card!.width).toBeLessThanOrEqual(600);
    expect(card!.width).toBeGreaterThan(560);
    // The migration table spans the card's width at 600 px, inside it.
    const grid = await migration.boundingBox();
    expect(grid!.x).toBeGreaterThanOrEqual(card!.x);
    expect(grid!.x + grid!.width).toBeLessThanOrEqual(card!.x + card!.width);
    await screenshotOf(migration, 'digest-migration');
    await screenshotOf(forecast, 'digest-forecast');
    await page.close();

    // On a phone (375 px) everything fits without scrolling sideways, the tables included.
    const phone = await showMail(browser, renderDigest(BUSY_WEEK).html, 375);
    await screenshot(phone.page, 'digest-phone');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    for (const name of [/tier at the last report/, /one period on/]) {
      const box = await phone.page.getByRole('table', { name }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    await screenshotOf(
      phone.page.getByRole('table', { name: /tier at the last report/ }),
      'digest-migration-phone',
    );
    await phone.page.close();
  });

  it('renders the Chinese digest and the quiet week', async () => {
    const zh = await showMail(browser, renderDigest(BUSY_WEEK_ZH).html);
    await screenshot(zh.page, 'digest-zh');
    const text = await zh.page.evaluate(() => document.body.innerText);
    expect(text).toContain('当前客户金字塔');
    expect(text).toContain('A · VIP客户');
    expect(text).toContain('2026年11月30日当周');
    await expectShownAsText(zh, XSS_NAME, 2);
    await zh.page.close();

    const quiet = await showMail(browser, renderDigest(QUIET_WEEK).html);
    await screenshot(quiet.page, 'digest-quiet');
    const quietText = await quiet.page.evaluate(() => document.body.innerText);
    expect(quietText).toContain('No tier changes this period.');
    expect(quietText).toContain('Nothing needs attention.');
    await quiet.page.close();
  });

  it('renders the first report as a baseline in both languages, without "no tier changes"', async () => {
    for (const [locale, note, quiet] of [
      ['en', 'First report: the tiers of 1,000 customers are now the baseline', /no tier changes/i],
      ['zh', '首次报告：1,000 位客户的当前层级已记为基准', /层级无变化|没有层级变化/],
    ] as const) {
      const first = await showMail(browser, renderDigest({ ...FIRST_REPORT, locale }).html);
      await screenshot(first.page, `digest-first-${locale}`);
      const text = await first.page.evaluate(() => document.body.innerText);
      expect(text).toContain(note);
      expect(text).not.toMatch(quiet);
      await first.page.close();
    }
  });
});
