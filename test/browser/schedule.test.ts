/**
 * The real Schedule report dialog (dist/Schedule.html, 420×560 like the modal Sheets opens)
 * in Chromium against the real bundle in the local runtime, through the local
 * google.script.run bridge: filled and saved by keyboard alone, the trigger seen in the
 * runtime, inline and server refusals, take-over, stop with confirmation, and the Chinese UI.
 * Screenshots go to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalAppsScript } from '../../src/local/runtime';
import { startSidebarServer } from '../../src/local/page-server';
import {
  EDITOR,
  EDITOR_ZH,
  OWNER,
  reportTriggers,
  scheduleRuntime,
  storedSchedule,
  weekly,
} from '../addon/report/schedule-support';
import { launchChromium, missingBrowserReason } from './support/browser';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
const skip = missingBrowserReason() !== null;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

interface OpenDialog {
  readonly page: Page;
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Opens the dialog as `user`, at the size Sheets gives it. */
async function openDialog(
  browser: Browser,
  rt: LocalAppsScript,
  user: string,
): Promise<OpenDialog> {
  // The sidebar server serves the other built pages beside Sidebar.html, with the same bridge.
  const server = await startSidebarServer({ runtime: rt, user });
  const context = await browser.newContext({ viewport: { width: 420, height: 560 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${server.url}Schedule.html`);
  await page.waitForSelector('#schedule-frequency');
  return {
    page,
    pageErrors,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with `id` has focus (keyboard only). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

const statusText = (page: Page) => page.locator('.form-status').textContent();

describe.skipIf(skip)('Schedule report dialog in Chromium against the bundle', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an editor fills it by keyboard, saves, and the runtime has the one trigger', async () => {
    const rt = scheduleRuntime();
    rt.host.state.documentProperties.set(
      'customerPyramid.report.health',
      JSON.stringify({
        lastSuccess: '2025-06-09T00:00:03.000Z',
        lastError: { at: '2025-06-10T00:00:02.000Z', message: '<b>quota</b> exceeded' },
      }),
    );
    const dialog = await openDialog(browser, rt, OWNER);
    const { page } = dialog;
    expect(await page.locator('#schedule-owner').textContent()).toMatch(/No report is scheduled/);
    expect(await page.locator('.health-error').textContent()).toBe(
      'Last error (10 Jun 2025, 08:00): <b>quota</b> exceeded',
    );
    expect(await page.locator('.health-error b').count()).toBe(0);
    expect(await page.locator('#schedule-zone').textContent()).toMatch(/Asia\/Shanghai/);
    // Focus starts on the frequency; weekly is the default.
    expect(await activeId(page)).toBe('schedule-frequency');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('schedule-weekday');
    await page.keyboard.type('F');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('schedule-hour');
    await page.keyboard.type('07');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('schedule-recipients');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('vic@example.com\nANN@example.com, owner@example.com');
    expect(await page.locator('.recipient-count').textContent()).toBe('3 of 50');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('schedule-language');
    await tabTo(page, 'schedule-save');
    await shot(page, 'schedule-dialog-filled');
    // Slow the bridge down to see Save disabled while the call is in flight.
    await page.route('**/__google_script_run', async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#schedule-save').isDisabled()).toBe(true);
    expect(await page.locator('#schedule-save').textContent()).toBe('Saving…');
    await expect
      .poll(() => statusText(page))
      .toBe('Saved. The report runs every Friday at 07:00 (Asia/Shanghai).');
    expect(await page.locator('#schedule-save').isDisabled()).toBe(false);
    await page.unroute('**/__google_script_run');
    expect(reportTriggers(rt)).toEqual([
      expect.objectContaining({
        owner: OWNER,
        time: { onWeekDay: 'FRIDAY', atHour: 7, inTimezone: 'Asia/Shanghai' },
      }),
    ]);
    expect(storedSchedule(rt)).toMatchObject({
      frequency: 'weekly',
      weekday: 'FRIDAY',
      hour: 7,
      recipients: ['vic@example.com', 'ann@example.com', 'owner@example.com'],
      language: 'en',
      owner: OWNER,
    });
    expect(await page.locator('#schedule-owner').textContent()).toMatch(/You run this report/);
    await shot(page, 'schedule-dialog-saved');

    // Monthly: the day of the month replaces the weekday; saving again keeps one trigger.
    await page.focus('#schedule-frequency');
    await page.keyboard.type('M');
    expect(await page.locator('.field-weekday').isHidden()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('schedule-monthDay');
    await page.keyboard.type('15');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => statusText(page)).toMatch(/on day 15 of every month at 07:00/);
    expect(reportTriggers(rt)).toHaveLength(1);
    expect(reportTriggers(rt)[0]!.time).toMatchObject({ onMonthDay: 15, atHour: 7 });

    // Inline validation, then a server refusal that names the outsider; nothing changes.
    const before = storedSchedule(rt);
    await page.focus('#schedule-recipients');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    expect(await page.locator('#schedule-recipients-error').textContent()).toBe(
      'Add at least one recipient.',
    );
    expect(await page.locator('#schedule-recipients').getAttribute('aria-invalid')).toBe('true');
    await page.focus('#schedule-recipients');
    await page.keyboard.type('vic@example.com\nboss@elsewhere.com');
    expect(await page.locator('#schedule-recipients-error').textContent()).toBe('');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('#schedule-recipients-error').textContent())
      .toMatch(/not shared with these people by name: boss@elsewhere\.com\./);
    expect(await activeId(page)).toBe('schedule-recipients');
    // Said once, under the field, not again below.
    expect(await statusText(page)).toBe('');
    expect(storedSchedule(rt)).toEqual(before);
    expect(reportTriggers(rt)).toHaveLength(1);
    await shot(page, 'schedule-dialog-refused');
    expect(dialog.pageErrors).toEqual([]);
    await dialog.close();
  });

  it('shows what the last run left undone: recipients skipped, a new baseline, rows not applied (en, zh)', async () => {
    const rt = scheduleRuntime();
    // As the job records it (health-store.ts) after a run that skipped a removed viewer.
    rt.host.state.documentProperties.set(
      'customerPyramid.report.health',
      JSON.stringify({
        lastSuccess: '2025-06-09T00:00:03.000Z',
        lastRun: {
          at: '2025-06-09T00:00:03.000Z',
          skipped: ['vic@example.com', '<b>x</b>@example.com'],
          ignoredRows: [14],
          newBaseline: 'cell A1 is not the state header the add-on writes',
        },
      }),
    );
    for (const [user, words] of [
      [
        OWNER,
        {
          skipped:
            'Not sent on the last run (9 Jun 2025, 08:00), because they cannot open this spreadsheet now: vic@example.com, <b>x</b>@example.com. Share it with them, or remove them below.',
          baseline: /found the hidden Tier State sheet damaged \(cell A1 is not/,
          rows: /Tier History rows 14 were not written by the report/,
        },
      ],
      [
        EDITOR_ZH,
        {
          skipped: /上次运行（.*）未发送给以下收件人，因为他们现在无法打开此表格：vic@example.com/,
          baseline: /已损坏（cell A1 is not/,
          rows: /Tier History 第 14 行不是报告写入的/,
        },
      ],
    ] as const) {
      const dialog = await openDialog(browser, rt, user);
      const { page } = dialog;
      const skipped = await page.locator('#health-skipped').textContent();
      if (typeof words.skipped === 'string') expect(skipped).toBe(words.skipped);
      else expect(skipped).toMatch(words.skipped);
      expect(await page.locator('#health-skipped b').count()).toBe(0);
      expect(await page.locator('#health-baseline').textContent()).toMatch(words.baseline);
      expect(await page.locator('#health-rows').textContent()).toMatch(words.rows);
      await shot(page, `schedule-last-run-${user === OWNER ? 'en' : 'zh'}`);
      expect(dialog.pageErrors).toEqual([]);
      await dialog.close();
    }
  });

  it('another editor sees the owner, takes over, then stops with confirmation', async () => {
    const rt = scheduleRuntime();
    rt.runFromBrowser('scheduleSave', [weekly()], { user: OWNER });
    const dialog = await openDialog(browser, rt, EDITOR);
    const { page } = dialog;
    expect(await page.locator('#schedule-owner').textContent()).toMatch(
      /^owner@example\.com runs this report/,
    );
    expect(await page.locator('#schedule-save').isHidden()).toBe(true);
    // The form shows the saved schedule.
    expect(await page.locator('#schedule-recipients').inputValue()).toBe(
      'owner@example.com\nvic@example.com',
    );
    await shot(page, 'schedule-dialog-owned-by-other');
    await tabTo(page, 'schedule-take-over');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => statusText(page))
      .toBe(
        'You took the report over from owner@example.com. It runs every Monday at 08:00 (Asia/Shanghai), from your account.',
      );
    expect(storedSchedule(rt)?.owner).toBe(EDITOR);
    expect(reportTriggers(rt, EDITOR)).toHaveLength(1);

    await tabTo(page, 'schedule-stop');
    await page.keyboard.press('Enter');
    expect(await page.locator('.confirm').isVisible()).toBe(true);
    // Focus goes to the safe choice first.
    expect(await activeId(page)).toBe('schedule-keep');
    expect(await page.locator('.actions').isHidden()).toBe(true);
    await shot(page, 'schedule-dialog-confirm-stop');
    // Escape keeps it.
    await page.keyboard.press('Escape');
    expect(await page.locator('.confirm').isHidden()).toBe(true);
    expect(await activeId(page)).toBe('schedule-stop');
    expect(storedSchedule(rt)).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('schedule-confirm-stop');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toBe('The report is stopped.');
    expect(storedSchedule(rt)).toBeNull();
    expect(reportTriggers(rt, EDITOR)).toHaveLength(0);
    expect(await page.locator('#schedule-stop').isHidden()).toBe(true);
    expect(dialog.pageErrors).toEqual([]);
    await dialog.close();
  });

  it('in Chinese: a save refused because someone saved meanwhile, then taken over', async () => {
    const rt = scheduleRuntime();
    const dialog = await openDialog(browser, rt, EDITOR_ZH);
    const { page } = dialog;
    expect(await page.locator('#schedule-owner').textContent()).toMatch(/尚未设置定时报告/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#schedule-language').inputValue()).toBe('zh');
    // The owner schedules the report while this dialog is open.
    rt.runFromBrowser('scheduleSave', [weekly()], { user: OWNER });
    await tabTo(page, 'schedule-save');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => statusText(page))
      .toBe('此报告由 owner@example.com 负责运行；要接管吗？');
    await expect.poll(() => activeId(page)).toBe('schedule-take-over');
    expect(await page.locator('#schedule-owner').textContent()).toMatch(
      /^此报告由 owner@example\.com 运行/,
    );
    // What was typed is kept.
    expect(await page.locator('#schedule-recipients').inputValue()).toBe('li@example.com');
    expect(await page.locator('#schedule-take-over').textContent()).toBe('接管');
    expect(reportTriggers(rt, EDITOR_ZH)).toHaveLength(0);
    await shot(page, 'schedule-dialog-zh-refused');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toMatch(/^您已从 owner@example\.com 接管报告/);
    expect(storedSchedule(rt)).toMatchObject({ owner: EDITOR_ZH, language: 'zh' });
    expect(reportTriggers(rt, EDITOR_ZH)).toHaveLength(1);
    await shot(page, 'schedule-dialog-zh');
    expect(dialog.pageErrors).toEqual([]);
    await dialog.close();
  });
});

describe('the local server serves built pages beside the sidebar, and nothing else', () => {
  it('serves /Schedule.html with the bridge; other names are not found', async () => {
    const rt = scheduleRuntime();
    const server = await startSidebarServer({ runtime: rt, user: OWNER });
    try {
      const page = await fetch(`${server.url}Schedule.html`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('__google_script_run');
      for (const path of ['Nope.html', 'schedule.html', '..%2Fpackage.json', 'Code.js'])
        expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    } finally {
      await server.close();
    }
  });
});
