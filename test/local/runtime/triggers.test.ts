import { describe, expect, it } from 'vitest';
import { runtimeWith, valueOf } from './support';

const BUNDLE = `
function install(kind) {
  const b = ScriptApp.newTrigger('report').timeBased();
  if (kind === 'weekly') b.everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).nearMinute(30).inTimezone('Asia/Shanghai');
  else if (kind === 'hourly') b.everyHours(1);
  else if (kind === 'monthly') b.onMonthDay(1).atHour(6);
  else b.everyDays(1).atHour(7);
  const t = b.create();
  return [t.getHandlerFunction(), t.getEventType(), t.getTriggerSource(), typeof t.getUniqueId()];
}
function list() {
  return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction() + ':' + t.getUniqueId(); });
}
function removeAll() {
  ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
  return ScriptApp.getProjectTriggers().length;
}
function report(e) {
  MailApp.sendEmail('boss@example.com', 'Report', 'at ' + e.hour + ':' + e.minute);
  return Session.getEffectiveUser().getEmail();
}
function auth() {
  return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED;
}
function tooMany() {
  for (var i = 0; i < 21; i++) ScriptApp.newTrigger('report').timeBased().everyHours(1).create();
}
`;
const users = [
  { email: 'ann@example.com', role: 'owner' as const },
  { email: 'bo@example.com', role: 'editor' as const },
];

describe('ScriptApp triggers', () => {
  it('newTrigger(name).timeBased()...create() records handler, owner, event type and the time spec', () => {
    const rt = runtimeWith(BUNDLE, { users });
    expect(valueOf(rt.run('install', ['weekly']))).toEqual(['report', 'CLOCK', 'CLOCK', 'string']);
    const [t] = rt.triggers.list();
    expect(t).toMatchObject({
      handler: 'report',
      owner: 'ann@example.com',
      eventType: 'CLOCK',
      time: {
        everyWeeks: 1,
        onWeekDay: 'MONDAY',
        atHour: 8,
        nearMinute: 30,
        inTimezone: 'Asia/Shanghai',
      },
    });
    // Clock starts Monday 2025-03-03 09:00 UTC = 17:00 in Shanghai: next Monday 08:30 Shanghai.
    expect(t!.nextDue).toEqual(new Date('2025-03-10T00:30:00Z'));
  });

  it("getProjectTriggers returns the current user's triggers only; deleteTrigger removes them", () => {
    const rt = runtimeWith(BUNDLE, { users });
    rt.run('install', ['daily'], { user: 'ann@example.com' });
    rt.run('install', ['hourly'], { user: 'bo@example.com' });
    expect(valueOf<string[]>(rt.run('list', [], { user: 'ann@example.com' }))).toHaveLength(1);
    expect(valueOf(rt.run('removeAll', [], { user: 'bo@example.com' }))).toBe(0);
    expect(rt.triggers.list().map((t) => t.owner)).toEqual(['ann@example.com']);
  });

  it('at most 20 triggers per user per script: the 21st create throws', () => {
    const rt = runtimeWith(BUNDLE, { users });
    expect(rt.run('tooMany').error?.message).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(rt.triggers.list()).toHaveLength(20);
  });

  it('fireDueTriggers runs due clock triggers as the user who installed them, and their mail goes from that user', () => {
    const rt = runtimeWith(BUNDLE, { users });
    rt.run('install', ['daily'], { user: 'bo@example.com' });
    expect(rt.fireDueTriggers()).toEqual([]);
    rt.clock.set(new Date('2025-03-04T07:00:00Z'));
    const runs = rt.fireDueTriggers();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.value).toBe('bo@example.com');
    expect(rt.mail.outbox[0]).toMatchObject({ from: 'bo@example.com', body: 'at 7:0' });
    expect(rt.fireDueTriggers()).toEqual([]);
    expect(rt.triggers.list()[0]!.nextDue).toEqual(new Date('2025-03-05T07:00:00Z'));
  });

  it('fireTrigger fires one trigger by id; a monthly trigger is due on its month day', () => {
    const rt = runtimeWith(BUNDLE, { users });
    rt.run('install', ['monthly']);
    const [t] = rt.triggers.list();
    expect(t!.nextDue).toEqual(new Date('2025-04-01T06:00:00Z'));
    expect(rt.fireTrigger(t!.uniqueId).value).toBe('ann@example.com');
  });

  it('a trigger cannot use the Ui: getUi throws in a trigger', () => {
    const rt = runtimeWith(
      `function t() { SpreadsheetApp.getUi(); }\nfunction i() { ScriptApp.newTrigger('t').timeBased().everyHours(1).create(); }`,
    );
    rt.run('i');
    expect(rt.fireTrigger(rt.triggers.list()[0]!.uniqueId).error?.message).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('getAuthorizationInfo(authMode).getAuthorizationStatus() is NOT_REQUIRED for an authorised user', () => {
    expect(valueOf(runtimeWith(BUNDLE).run('auth'))).toBe(true);
  });

  it('as a published add-on (addon: true): one clock trigger per user per document, at most hourly', () => {
    const rt = runtimeWith(
      BUNDLE +
        `function minutely() { ScriptApp.newTrigger('report').timeBased().everyMinutes(5).create(); }`,
      { users, addon: true },
    );
    expect(rt.run('install', ['daily']).ok).toBe(true);
    expect(rt.run('install', ['hourly']).error?.message).toBe(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(rt.run('install', ['daily'], { user: 'bo@example.com' }).ok).toBe(true);
    expect(rt.run('removeAll').ok).toBe(true);
    expect(rt.run('minutely').error?.message).toBe(
      'Add-ons can only create time-based triggers that run at most once per hour.',
    );
  });
});
