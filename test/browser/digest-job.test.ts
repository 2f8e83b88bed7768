/**
 * The digest as the BUILT bundle's report job sends it (dist/Code.js in the local runtime),
 * rendered by Chromium: a customer, a key contact and the spreadsheet itself named
 * `<b>x</b><img src=x onerror=alert(1)>` appear as that literal text in the mail's HTML,
 * no element is created from them, no script runs and nothing is fetched; the plain-text
 * part carries the name verbatim. English and Chinese screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { LocalAppsScript } from '../../src/local/runtime';
import type { ReportSchedule } from '../../src/core/report/schedule';
import {
  digests,
  editCustomers,
  jobRuntime,
  runTrigger,
  saveSchedule,
} from '../addon/report/job-support';
import { XSS_NAME } from '../core/report/render-fixtures';
import { expectShownAsText, screenshot, showMail } from './digest-page';
import { launchChromium, missingBrowserReason } from './support/browser';

const skip = missingBrowserReason() !== null;
const WEEK = 7 * 24 * 3_600_000;

/**
 * A book whose second weekly run promotes C0050, renamed to the hostile name, to A (one
 * owner, never contacted) with a key contact of the same name whose birthday is three days
 * after the run; the spreadsheet's name is hostile too. Returns the last digest sent.
 */
function hostileDigest(language: ReportSchedule['language']): {
  rt: LocalAppsScript;
  html: string;
  text: string;
} {
  const rt = jobRuntime();
  rt.host.state.workbook.name = `Accounts ${XSS_NAME}`;
  saveSchedule(rt, { language });
  expect(runTrigger(rt).ok).toBe(true); // the baseline week
  editCustomers(rt, { C0050: { Name: XSS_NAME, Revenue: 1e9 } });
  const [header] = rt.workbook.values('Contacts');
  const contact: Record<string, unknown> = {
    'Customer ID': 'C0050',
    Name: XSS_NAME,
    Role: 'coach',
    'Important Date': new Date('1980-12-17T00:00:00Z'),
  };
  rt.workbook.setValues('Contacts', [
    header!,
    header!.map((h) => (contact[String(h)] ?? '') as never),
  ]);
  rt.clock.advance(WEEK);
  const run = runTrigger(rt);
  expect(run.ok, run.error?.message).toBe(true);
  const mail = digests(rt).at(-1)!;
  expect(mail.sentAt.getTime()).toBeGreaterThan(rt.clock.now().getTime() - 3_600_000);
  expect(mail.htmlBody).toBeDefined();
  return { rt, html: mail.htmlBody!, text: mail.body };
}

describe.skipIf(skip)('the digest the built job sends, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows hostile names from the sheet as literal text and runs nothing (English)', async () => {
    const { html, text } = hostileDigest('en');
    expect(text).toContain(XSS_NAME);
    expect(text).toContain(`Spreadsheet: Accounts ${XSS_NAME}`);
    const shown = await showMail(browser, html);
    await screenshot(shown.page, 'digest-job-en');
    const page = await shown.page.evaluate(() => document.body.innerText);
    expect(page).toContain('Moved up');
    expect(page).toContain(`Spreadsheet: Accounts ${XSS_NAME}`);
    expect(page).toContain(`${XSS_NAME} (Coach)`);
    // The customer as promoted, as an A account with one owner and never contacted, and as
    // the customer of the contact with a birthday.
    await expectShownAsText(shown, XSS_NAME, 4);
    expect(await shown.page.locator('a').getAttribute('href')).toMatch(/^https:\/\//);
    await shown.page.close();
  });

  it('does the same in Chinese', async () => {
    const { html } = hostileDigest('zh');
    const shown = await showMail(browser, html);
    await screenshot(shown.page, 'digest-job-zh');
    const page = await shown.page.evaluate(() => document.body.innerText);
    expect(page).toContain('当前客户金字塔');
    expect(page).toContain('升级');
    await expectShownAsText(shown, XSS_NAME, 4);
    await shown.page.close();
  });
});
