/**
 * "May this caller edit?" and "may this address receive the digest?" through the built bundle,
 * for people whose access comes from a Google Group, the domain or a link (not listed by
 * getEditors/getViewers), and for the owner, whom Google does not promise in getEditors.
 */
import { describe, expect, it } from 'vitest';
import { LocalAppsScript, type LocalUser } from '../../src/local/runtime';
import {
  customerRows,
  CUSTOMER_HEADERS,
  CONTACT_HEADERS,
  form,
  setUp,
  type ApiAnswer,
} from './database/support';

const OWNER = 'boss@example.com';
const GROUP = 'grp@example.com';
const DOMAIN = 'dom@example.com';
const LINK_VIEWER = 'lnk@example.com';
const NAMED_VIEWER = 'vic@example.com';

const users: LocalUser[] = [
  { email: OWNER, role: 'owner' },
  { email: GROUP, role: 'editor', access: 'group' },
  { email: DOMAIN, role: 'editor', access: 'domain' },
  { email: LINK_VIEWER, role: 'viewer', access: 'link' },
  { email: NAMED_VIEWER, role: 'viewer' },
];

function runtime(bundlePath?: string): LocalAppsScript {
  return new LocalAppsScript({
    ...(bundlePath ? { bundlePath } : {}),
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
}

const answer = (rt: LocalAppsScript, fn: string, args: unknown[], user: string): ApiAnswer => {
  const e = rt.runFromBrowser<ApiAnswer>(fn, args, { user });
  if (!e.ok) throw new Error(`${fn}: ${e.error?.message}`);
  return e.value!;
};

const schedule = (recipients: string) => ({
  frequency: 'weekly',
  weekday: 'MONDAY',
  monthDay: 1,
  hour: 8,
  recipients,
  language: 'en',
});

describe('may this caller edit? (their own Range.canEdit)', () => {
  it('editors through a group or the domain use the sidebar and save; a link viewer is refused', () => {
    const rt = runtime();
    setUp(rt, OWNER);
    for (const user of [OWNER, GROUP, DOMAIN]) {
      expect(answer(rt, 'sidebarInit', [], user), user).toMatchObject({ ok: true });
      expect(answer(rt, 'sidebarLogInteraction', [form()], user), user).toMatchObject({ ok: true });
    }
    expect(answer(rt, 'sidebarInit', [], LINK_VIEWER)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(answer(rt, 'sidebarLogInteraction', [form()], LINK_VIEWER)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('the owner and a group editor can schedule the report', () => {
    const rt = runtime();
    expect(answer(rt, 'scheduleSave', [schedule(OWNER)], OWNER)).toMatchObject({ ok: true });
    expect(
      answer(rt, 'scheduleSave', [{ ...schedule(GROUP), takeOver: true }], GROUP),
    ).toMatchObject({ ok: true });
  });
});

describe('may this address receive the digest? (owner, shared by name, or the scheduler)', () => {
  it('accepts the owner, a viewer shared by name and the scheduler themselves', () => {
    const rt = runtime();
    const saved = answer(
      rt,
      'scheduleSave',
      [schedule(`${OWNER}, ${NAMED_VIEWER}, ${GROUP}`)],
      GROUP,
    );
    expect(saved).toMatchObject({ ok: true });
  });

  it('refuses people who reach the file only through a group, the domain or a link, saying to share by name', () => {
    const rt = runtime();
    const refused = answer(
      rt,
      'scheduleSave',
      [schedule(`${OWNER}, ${DOMAIN}, ${LINK_VIEWER}`)],
      OWNER,
    );
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    if (!refused.ok) {
      expect(refused.message).toContain(`${DOMAIN}, ${LINK_VIEWER}`);
      expect(refused.message).toMatch(/Share it with each of them/);
    }
  });
});

describe('the guards are what make these tests pass', () => {
  it('without the canEdit check, a link viewer opens the sidebar', async () => {
    const { bundleWithoutGuard } = await import('../support/patched-bundle');
    const rt = runtime(
      bundleWithoutGuard('canEdit', { find: /if \(!mayEdit\(range\)\)/, replace: 'if (false)' }),
    );
    setUp(rt, OWNER);
    expect(answer(rt, 'sidebarInit', [], LINK_VIEWER)).toMatchObject({ ok: true });
  });

  it('without the recipient rule, a domain-only address is accepted', async () => {
    const { bundleWithoutGuard } = await import('../support/patched-bundle');
    const rt = runtime(
      bundleWithoutGuard('recipients', {
        find: /if \(outsiders\.length > 0\)/,
        replace: 'if (false)',
      }),
    );
    expect(answer(rt, 'scheduleSave', [schedule(`${OWNER}, ${DOMAIN}`)], OWNER)).toMatchObject({
      ok: true,
    });
  });
});
