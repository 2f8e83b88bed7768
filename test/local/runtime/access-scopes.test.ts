/**
 * Who is listed, who can edit, whose email is known, and which scopes were granted: each case
 * states Google's documented behaviour and cites the reference page.
 */
import { describe, expect, it } from 'vitest';
import type { LocalUser } from '../../../src/local/runtime';
import { runtimeRunning, valueOf } from './support';

const MAIL = 'https://www.googleapis.com/auth/script.send_mail';
const TRIGGERS = 'https://www.googleapis.com/auth/script.scriptapp';

const users: LocalUser[] = [
  { email: 'own@example.com', role: 'owner' },
  { email: 'ed@example.com', role: 'editor' },
  { email: 'grp@example.com', role: 'editor', access: 'group' },
  { email: 'dom@example.com', role: 'editor', access: 'domain' },
  { email: 'lnk@example.com', role: 'viewer', access: 'link' },
  { email: 'vic@example.com', role: 'viewer' },
];

describe('sharing through a group, the domain or a link', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors()
  // lists the editors the file is shared with; the owner is getOwner(), and Google does not
  // promise it in getEditors(). Group, domain and link access is not listed.
  it('getEditors/getViewers list only people shared by name (not the owner); getOwner names the owner', () => {
    const rt = runtimeRunning(
      `const ss = SpreadsheetApp.getActive();
       return [ss.getEditors().map(u => u.getEmail()), ss.getViewers().map(u => u.getEmail()), ss.getOwner().getEmail()];`,
      { users },
    );
    expect(valueOf(rt.run('main', [], { user: 'grp@example.com' }))).toEqual([
      ['ed@example.com'],
      ['vic@example.com'],
      'own@example.com',
    ]);
  });

  // spreadsheet#getEditors(): "If the user who executes the script does not have edit access
  // to the Spreadsheet, this method throws an exception."
  it('getEditors throws for a viewer', () => {
    const rt = runtimeRunning(`return SpreadsheetApp.getActive().getEditors().length;`, { users });
    expect(rt.run('main', [], { user: 'vic@example.com' }).ok).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#canEdit(): "whether
  // the user has permission to edit every cell in the range. The spreadsheet owner is always
  // able to edit protected ranges and sheets."
  it('Range.canEdit is true for editors however they got access, false for viewers and behind a protection', () => {
    const rt = runtimeRunning(`return SpreadsheetApp.getActive().getRange('A1:B2').canEdit();`, {
      users,
    });
    const canEdit = (user: string): unknown => valueOf(rt.run('main', [], { user }));
    expect(users.map((u) => canEdit(u.email))).toEqual([true, true, true, true, false, false]);
    const protect = runtimeRunning(`SpreadsheetApp.getActive().getRange('A1').protect();`, {
      users,
    });
    valueOf(protect.run('main', [], { user: 'own@example.com' }));
    const after = runtimeRunning(`return SpreadsheetApp.getActive().getRange('A1').canEdit();`, {
      users,
    });
    expect(valueOf(after.run('main', [], { user: 'own@example.com' }))).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/base/user#getEmail(): blank "in any
  // context that allows a script to run without that user's authorization, like a simple
  // onOpen(e) or onEdit(e) trigger, a custom function in Google Sheets".
  it('getEmail() is blank in simple triggers (LIMITED) and custom functions, known in FULL', () => {
    const rt = runtimeRunning(`return Session.getActiveUser().getEmail();`, { users });
    expect(valueOf(rt.run('main', [], { user: 'ed@example.com', authMode: 'LIMITED' }))).toBe('');
    expect(
      valueOf(rt.run('main', [], { user: 'ed@example.com', authMode: 'CUSTOM_FUNCTION' })),
    ).toBe('');
    expect(valueOf(rt.run('main', [], { user: 'ed@example.com' }))).toBe('ed@example.com');
  });
});

describe('partial consent', () => {
  const partial: LocalUser[] = [
    { email: 'own@example.com', role: 'owner' },
    {
      email: 'ed@example.com',
      role: 'editor',
      grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    },
  ];
  const options = { users: partial, oauthScopes: [MAIL, TRIGGERS] };

  // https://developers.google.com/apps-script/concepts/scopes ("Granular OAuth permissions
  // allow users to authorize specific scopes, and scripts should be designed to handle these
  // permissions using requireScopes or getAuthorizationInfo"); script-app#requireScopes.
  it('a call needing an ungranted scope fails; getAuthorizationInfo says REQUIRED with a URL; requireScopes throws', () => {
    const rt = runtimeRunning(
      `if (arg1 === 'send') return MailApp.getRemainingDailyQuota();
       if (arg1 === 'trigger') return ScriptApp.getProjectTriggers().length;
       if (arg1 === 'require') { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [arg2]); return 'granted'; }
       const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, arg2 ? [arg2] : undefined);
       return [info.getAuthorizationStatus(), info.getAuthorizationUrl() !== null, info.getAuthorizedScopes()];`,
      options,
    );
    const as = (user: string, ...args: unknown[]) => rt.run('main', args, { user });
    expect(as('ed@example.com', 'send').error?.message).toBe(
      'Authorization is required to perform that action.',
    );
    expect(as('ed@example.com', 'trigger').ok).toBe(false);
    expect(as('ed@example.com', 'require', MAIL).ok).toBe(false);
    expect(valueOf(as('ed@example.com', 'info', MAIL))).toEqual(['REQUIRED', true, []]);
    expect(valueOf(as('own@example.com', 'info', MAIL))).toEqual(['NOT_REQUIRED', false, [MAIL]]);
    expect(valueOf(as('own@example.com', 'send'))).toBe(100);
    expect(valueOf(as('own@example.com', 'require', TRIGGERS))).toBe('granted');
  });
});
