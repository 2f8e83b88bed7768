/**
 * The real sidebar (dist/Sidebar.html) in Chromium against the real bundle (dist/Code.js) in
 * the local runtime, through the local google.script.run bridge: search, open a card, log an
 * interaction and see it on the card and in the Interactions sheet; the error paths keep what
 * was typed; the Chinese UI; a customer named like HTML renders as text. Screenshots go to
 * test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalAppsScript } from '../../src/local/runtime';
import { launchChromium, missingBrowserReason } from './support/browser';
import {
  ANN,
  interactionRows,
  LI,
  seededSidebarBook,
  VIEWER,
  XSS_NAME,
} from './support/seeded-book';
import { openSidebar, type OpenSidebar } from './support/sidebar-page';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
const skip = missingBrowserReason() !== null;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** Types into the search box and opens the first match with the keyboard. */
async function openByKeyboard(page: Page, query: string): Promise<void> {
  await page.focus('#search');
  await page.keyboard.type(query);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.card');
}

describe.skipIf(skip)('sidebar in Chromium against the bundle in the local runtime', () => {
  let browser: Browser;
  let rt: LocalAppsScript;

  beforeAll(async () => {
    rt = seededSidebarBook();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('as an English-speaking editor', () => {
    let sidebar: OpenSidebar;
    let page: Page;
    beforeAll(async () => {
      sidebar = await openSidebar(browser, rt, ANN, { height: 1400 });
      page = sidebar.page;
      await page.waitForSelector('#search');
    });
    afterAll(async () => {
      expect(sidebar.pageErrors).toEqual([]);
      await sidebar?.close();
    });

    it('searches as you type and opens the card from the keyboard', async () => {
      await page.focus('#search');
      await page.keyboard.type('gold');
      await expect
        .poll(() => page.locator('#results [role=option]').allTextContents())
        .toEqual([expect.stringContaining('Golden River Trading')]);
      await shot(page, 'sidebar-search');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.card');
      const card = page.locator('.card');
      expect(await card.locator('.card-name').textContent()).toBe('Golden River Trading');
      expect(await card.locator('.tier-name').textContent()).toBe('VIP');
      expect(await card.locator('.playbook').textContent()).toMatch(/named account manager/);
      expect(await card.locator('.warning').textContent()).toMatch(/Only one person/);
      expect(await card.locator('.coach .contact-name').textContent()).toBe('Zhao Min');
      expect(await card.locator('.coach-badge').textContent()).toBe('★ Coach');
      expect(await card.locator('.dates li').allTextContents()).toEqual([
        expect.stringMatching(/^2025-06-20 · Wang Li \(in 10 days\)$/),
      ]);
      const followUp = card.locator('.follow-up');
      expect(await followUp.textContent()).toBe('Overdue: 2025-06-01 · Call back about the tender');
      expect(await followUp.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(217, 48, 37)');
      expect(await card.locator('.interaction-summary').allTextContents()).toEqual([
        'Dinner with the decision maker',
      ]);
      expect(await card.locator('.fact').allTextContents()).toContainEqual(
        expect.stringMatching(/^Revenue900,000 \(\d+(\.\d)?% of total\)$/),
      );
      await shot(page, 'sidebar-card');
    });

    it('logs an interaction: one new row in Interactions and on the card, then a fresh form', async () => {
      const before = interactionRows(rt).length;
      const form = page.locator('form.log-form');
      const requestId = await form.getAttribute('data-request-id');
      expect(await page.inputValue('#log-date')).toBe('2025-06-10');
      await page.selectOption('#log-kind', 'call');
      await page.selectOption('#log-purpose', 'policy');
      await page.fill('#log-summary', '=SUM(A1) asked for a quote on 200 units');
      await page.fill('#log-withWhom', 'Chen Jie');
      await page.selectOption('#log-perceived', '5');
      await page.selectOption('#log-expected', '4');
      await page.fill('#log-dealProbability', '80');
      await page.fill('#log-followUpDate', '2025-06-15');
      await page.fill('#log-nextStep', 'Send the quote');
      await page.press('#log-nextStep', 'Enter'); // Enter submits the form
      await page.waitForSelector('.form-status.ok');
      expect(await page.textContent('.form-status')).toBe('Saved.');

      const rows = interactionRows(rt);
      expect(rows).toHaveLength(before + 1);
      const saved = rows.find((r) => r['Request ID'] === requestId);
      expect(saved).toMatchObject({
        'Customer ID': 'C001',
        'Customer Name': 'Golden River Trading',
        Kind: 'Phone call',
        Summary: '=SUM(A1) asked for a quote on 200 units',
        'With Whom': 'Chen Jie',
        'Logged By': ANN,
      });
      expect(await page.locator('.card .interaction-summary').first().textContent()).toBe(
        '=SUM(A1) asked for a quote on 200 units',
      );
      expect(await page.locator('.card .interaction-summary').count()).toBe(2);
      // A fresh form with a NEW request id; the date back at today.
      expect(await page.inputValue('#log-summary')).toBe('');
      expect(await page.inputValue('#log-date')).toBe('2025-06-10');
      const next = await form.getAttribute('data-request-id');
      expect(next).not.toBe(requestId);
      expect(next).toMatch(/^[0-9a-f-]{36}$/);
      await shot(page, 'sidebar-logged');
    });

    it('a blank summary is refused next to the field, nothing is sent, the typed text stays', async () => {
      const before = interactionRows(rt).length;
      await page.fill('#log-withWhom', 'Wang Li');
      await page.fill('#log-nextStep', 'Bring samples');
      await page.click('form.log-form button[type=submit]');
      expect(await page.textContent('#log-summary-error')).toBe('Required.');
      expect(await page.getAttribute('#log-summary', 'aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-summary');
      expect(await page.inputValue('#log-withWhom')).toBe('Wang Li');
      expect(await page.inputValue('#log-nextStep')).toBe('Bring samples');
      expect(interactionRows(rt)).toHaveLength(before);
    });

    it('a busy lock says "busy, try again", writes nothing and keeps the text; the retry reuses the request id', async () => {
      const before = interactionRows(rt).length;
      const form = page.locator('form.log-form');
      const requestId = await form.getAttribute('data-request-id');
      await page.fill('#log-summary', 'Phoned during a busy moment');
      const release = rt.holdLock('document');
      try {
        await page.click('form.log-form button[type=submit]');
        await page.waitForSelector('.form-status.busy');
      } finally {
        release();
      }
      expect(await page.textContent('.form-status')).toMatch(/busy, try again/);
      expect(await page.getAttribute('.form-status', 'role')).toBe('alert');
      expect(await page.inputValue('#log-summary')).toBe('Phoned during a busy moment');
      expect(await page.inputValue('#log-withWhom')).toBe('Wang Li');
      expect(await page.isEnabled('form.log-form button[type=submit]')).toBe(true);
      expect(await form.getAttribute('data-request-id')).toBe(requestId);
      expect(interactionRows(rt)).toHaveLength(before);
      await shot(page, 'sidebar-busy');

      await page.click('form.log-form button[type=submit]');
      await page.waitForSelector('.form-status.ok');
      const rows = interactionRows(rt);
      expect(rows).toHaveLength(before + 1);
      expect(rows.filter((r) => r['Request ID'] === requestId)).toHaveLength(1);
      expect(rows.at(-1)).toMatchObject({ Summary: 'Phoned during a busy moment' });
    });

    it('disables Save while saving: a double click sends one request and writes one row', async () => {
      const before = interactionRows(rt).length;
      const sent: string[] = [];
      const watch = (request: { method(): string; postData(): string | null }) => {
        if (request.method() === 'POST')
          sent.push(String(JSON.parse(request.postData() ?? '{}').fn));
      };
      page.on('request', watch);
      await page.fill('#log-summary', 'Double-clicked save');
      await page.dblclick('form.log-form button[type=submit]');
      await page.waitForSelector('.form-status.ok');
      page.off('request', watch);
      expect(sent.filter((fn) => fn === 'sidebarLogInteraction')).toHaveLength(1);
      expect(interactionRows(rt)).toHaveLength(before + 1);
    });

    it("shows the server's refusal (customer deleted meanwhile) and keeps the typed text", async () => {
      await page.click('button.back');
      await page.fill('#search', 'C040');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.card');
      await page.fill('#log-summary', 'Visit to a customer someone just deleted');
      const customers = rt.workbook.values('Customers');
      const before = interactionRows(rt).length;
      rt.workbook.setValues(
        'Customers',
        customers.filter((r) => r[0] !== 'C040'),
      );
      try {
        await page.click('form.log-form button[type=submit]');
        await page.waitForSelector('.form-status.error');
        const status = (await page.textContent('.form-status')) ?? '';
        expect(status).toMatch(/C040/);
        expect(status.split('C040').length, 'the message is not repeated').toBe(2);
        expect(await page.inputValue('#log-summary')).toBe(
          'Visit to a customer someone just deleted',
        );
        expect(interactionRows(rt)).toHaveLength(before);
        await shot(page, 'sidebar-refused');
      } finally {
        rt.workbook.setValues('Customers', customers);
      }
    });

    it('renders a customer named like HTML as text, and no script runs', async () => {
      await page.click('button.back');
      await page.fill('#search', '<img');
      const option = page.locator('#results [role=option] .result-name');
      await expect.poll(() => option.allTextContents()).toEqual([XSS_NAME]);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.card');
      expect(await page.textContent('.card-name')).toBe(XSS_NAME);
      expect(await page.locator('#app img').count()).toBe(0);
      expect(sidebar.dialogs).toEqual([]);
      await shot(page, 'sidebar-xss');
    });
  });

  it('tells a viewer why the sidebar cannot open, with a way to try again', async () => {
    const sidebar = await openSidebar(browser, rt, VIEWER);
    try {
      const { page } = sidebar;
      await page.waitForSelector('.error[role=alert]');
      expect(await page.textContent('.error')).not.toBe('');
      expect(await page.locator('button.action').textContent()).toBe('Try again');
      expect(await page.locator('#search').count()).toBe(0);
    } finally {
      await sidebar.close();
    }
  });

  it('speaks Chinese to a zh_CN user', async () => {
    const sidebar = await openSidebar(browser, rt, LI, { height: 1200 });
    try {
      const { page } = sidebar;
      await page.waitForSelector('#search');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await page.textContent('label[for=search]')).toBe('查找客户');
      await openByKeyboard(page, '华联');
      expect(await page.textContent('.card-name')).toBe('上海华联有限公司');
      await page.fill('#search', '');
      await openByKeyboard(page, 'golden');
      expect(await page.textContent('.tier-name')).toBe('VIP客户');
      expect(await page.textContent('.coach-badge')).toBe('★ 教练');
      expect(await page.locator('.card h3').allTextContents()).toContain('下次跟进');
      expect(await page.textContent('#log-title')).toBe('记录一次沟通');
      expect(await page.locator('#log-kind option').allTextContents()).toContain('拜访');
      await page.click('form.log-form button[type=submit]');
      expect(await page.textContent('#log-summary-error')).toBe('必填。');
      await shot(page, 'sidebar-zh');
      expect(sidebar.pageErrors).toEqual([]);
    } finally {
      await sidebar.close();
    }
  });
});
