/**
 * Partial consent (https://developers.google.com/apps-script/concepts/scopes: users may grant
 * only some scopes; scripts check with requireScopes or getAuthorizationInfo). An entry point
 * that needs a scope the user did not grant does nothing and says what is missing.
 */
import { describe, expect, it } from 'vitest';
import { LocalAppsScript, type LocalUser } from '../../src/local/runtime';
import {
  customerRows,
  CUSTOMER_HEADERS,
  CONTACT_HEADERS,
  setUp,
  type ApiAnswer,
} from './database/support';

const OWNER = 'boss@example.com';
const PARTIAL = 'part@example.com';
const auth = (name: string): string => `https://www.googleapis.com/auth/${name}`;
/** Unticked: send_mail and scriptapp. */
const SOME = ['spreadsheets.currentonly', 'script.container.ui', 'userinfo.email'].map(auth);

const users: LocalUser[] = [
  { email: OWNER, role: 'owner' },
  { email: PARTIAL, role: 'editor', grantedScopes: SOME },
];

function runtime(): LocalAppsScript {
  const rt = new LocalAppsScript({
    addon: true,
    now: new Date('2025-06-10T09:00:00Z'),
    users,
    workbook: {
      timeZone: 'Asia/Shanghai',
      sheets: [
        { name: 'Customers', values: [CUSTOMER_HEADERS, ...customerRows(5)] },
        { name: 'Contacts', values: [CONTACT_HEADERS] },
      ],
    },
  });
  setUp(rt, OWNER);
  return rt;
}

const schedule = {
  frequency: 'weekly',
  weekday: 'MONDAY',
  monthDay: 1,
  hour: 8,
  recipients: OWNER,
  language: 'en',
};

describe('a user who unticked send_mail and scriptapp', () => {
  it('Schedule report… explains what is missing instead of opening the dialog', () => {
    const rt = runtime();
    const e = rt.run('openScheduleDialog', [], { user: PARTIAL });
    expect(e.ok, e.error?.message).toBe(true);
    expect(rt.ui.dialogs).toHaveLength(0);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/send email as you.*run when you are not present/);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/https:\/\/script\.google\.com\/.*authorize/);
  });

  it('the dialog’s save answers forbidden with the explanation, and installs nothing', () => {
    const rt = runtime();
    const e = rt.runFromBrowser<ApiAnswer>('scheduleSave', [schedule], { user: PARTIAL });
    expect(e.ok, e.error?.message).toBe(true);
    expect(e.value).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!e.value!.ok && e.value!.message).toMatch(/permission you did not grant/);
    expect(rt.triggers.list()).toHaveLength(0);
    expect(rt.properties.document()['customerPyramid.report.schedule']).toBeUndefined();
  });

  it('Send report now explains, and records nothing in Tier History', () => {
    const rt = runtime();
    const e = rt.run('sendReportNow', [], { user: PARTIAL });
    expect(e.ok, e.error?.message).toBe(true);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/send email as you/);
    expect(rt.workbook.sheetNames()).not.toContain('Tier History');
  });

  it('their trigger, after they withdrew consent, records why and does nothing', () => {
    const rt = runtime();
    const saved = rt.runFromBrowser<ApiAnswer>('scheduleSave', [schedule], { user: OWNER });
    expect(saved.value).toMatchObject({ ok: true });
    const owner = rt.host.state.users.find((u) => u.email === OWNER)!;
    owner.grantedScopes = SOME;
    const [trigger] = rt.triggers.list();
    const fired = rt.fireTrigger(trigger!.uniqueId);
    expect(fired.ok, fired.error?.message).toBe(true);
    expect(rt.mail.outbox).toHaveLength(0);
    expect(rt.workbook.sheetNames()).not.toContain('Tier History');
    const health = JSON.parse(rt.properties.document()['customerPyramid.report.health']!);
    expect(health.lastError.message).toMatch(/permission you did not grant/);
  });
});

describe('the scope check is what makes these pass', () => {
  it('without it, Schedule report… opens the dialog and the save fails raw', async () => {
    const { bundleWithoutGuard } = await import('../support/patched-bundle');
    const bundlePath = bundleWithoutGuard('scopes', {
      find: /entryPoints\[name\] = guarded\(entry, needed\);/,
      replace: '',
    });
    const rt = new LocalAppsScript({ bundlePath, addon: true, users });
    rt.run('openScheduleDialog', [], { user: PARTIAL });
    expect(rt.ui.dialogs).toHaveLength(1);
    const e = rt.runFromBrowser<ApiAnswer>('scheduleSave', [schedule], { user: PARTIAL });
    expect(e.value).toMatchObject({ ok: false, code: 'internal' });
  });
});
