/**
 * Check installation, through the built bundle: each probe of what no offline test can settle
 * is run and reported with its meaning; a probe that fails is reported, not thrown.
 */
import { describe, expect, it } from 'vitest';
import { LocalAppsScript } from '../../src/local/runtime';
import { CUSTOMER_HEADERS, customerRows, setUp } from './database/support';

const OWNER = 'boss@example.com';
const PARTIAL = 'part@example.com';
const auth = (name: string): string => `https://www.googleapis.com/auth/${name}`;

function runtime(): LocalAppsScript {
  const rt = new LocalAppsScript({
    addon: true,
    users: [
      { email: OWNER, role: 'owner' },
      {
        email: PARTIAL,
        role: 'editor',
        access: 'group',
        grantedScopes: ['spreadsheets.currentonly', 'script.container.ui', 'userinfo.email'].map(
          auth,
        ),
      },
    ],
    workbook: {
      timeZone: 'Asia/Shanghai',
      sheets: [{ name: 'Customers', values: [CUSTOMER_HEADERS, ...customerRows(3)] }],
    },
  });
  setUp(rt, OWNER);
  return rt;
}

/** The dialog's rows as "what: result". */
function rows(html: string): string[] {
  return [...html.matchAll(/<th>(.*?)<\/th><td><b>(.*?)<\/b>/g)].map((m) => `${m[1]}: ${m[2]}`);
}

describe('Check installation', () => {
  it('is on the menu and shows every probe with its result, for the owner', () => {
    const rt = runtime();
    rt.run('onOpen', [], { authMode: 'LIMITED', event: {} });
    const items = rt.ui.menus[0]!.items.flatMap((i) => (i.kind === 'item' ? [i.functionName] : []));
    expect(items).toContain('showCheckInstallation');
    const e = rt.run('showCheckInstallation', [], { user: OWNER });
    expect(e.ok, e.error?.message).toBe(true);
    const dialog = rt.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Check installation');
    const lines = rows(dialog.html);
    console.log(`Check installation in the emulator (owner):\n  ${lines.join('\n  ')}`);
    expect(lines).toEqual([
      expect.stringMatching(/^A range list over two sheets: /),
      'getEditors() includes the owner: no',
      'You may edit the add-on’s cells: yes',
      'Google tells the add-on your email: yes',
      expect.stringMatching(
        /^Dates with a time zone in Intl \(this runtime\): same day \(Intl \d{4}-\d\d-\d\d, Utilities \d{4}-\d\d-\d\d, Asia\/Shanghai\)$/,
      ),
      'Permissions you granted: all',
      'Mail you can still send today: 100',
      'Your triggers of this project: 0 / 20',
    ]);
  });

  it('for a group editor who unticked mail and triggers, says what is missing and reports refusals', () => {
    const rt = runtime();
    const e = rt.run('showCheckInstallation', [], { user: PARTIAL });
    expect(e.ok, e.error?.message).toBe(true);
    const lines = rows(rt.ui.dialogs.at(-1)!.html);
    console.log(`Check installation in the emulator (partial consent):\n  ${lines.join('\n  ')}`);
    expect(lines).toContain('You may edit the add-on’s cells: yes');
    expect(lines).toContain('Permissions you granted: missing: script.send_mail, script.scriptapp');
    expect(lines).toContain(
      'Mail you can still send today: refused: Authorization is required to perform that action.',
    );
  });
});
