/**
 * The report job through the built bundle: baseline, history rows, new and gone customers,
 * once per period, quota, time zones, leftover triggers, health and alerts.
 */
import { describe, expect, it } from 'vitest';
import {
  alerts,
  digests,
  editCustomers,
  historyRows,
  installTrigger,
  jobRuntime,
  OWNER,
  RECIPIENTS,
  runTrigger,
  saveSchedule,
  sendNow,
} from './job-support';

const HOUR = 3_600_000;

describe('report job', () => {
  it('first run is the baseline; later runs append one row per change, new and gone included', () => {
    const rt = jobRuntime();
    const first = sendNow(rt);
    expect(first).toMatch(/100 customers are now the baseline/);
    expect(first).toMatch(/No recipients are scheduled/);
    expect(historyRows(rt)).toEqual([]);
    expect(rt.workbook.sheetMeta('Tier State').hidden).toBe(true);

    editCustomers(
      rt,
      { C0050: { Revenue: 1e9 }, C0100: null, C0003: { Name: '=HYPERLINK("x")' } },
      [{ 'Customer ID': 'C0101', Name: 'Newcomer <b>', Revenue: 99_500, Owners: OWNER }],
    );
    const second = sendNow(rt);
    expect(second).toMatch(/Tier changes recorded in Tier History: /);
    const rows = historyRows(rt);
    const byId = Object.fromEntries(rows.map((r) => [r['Customer ID'], r]));
    expect(byId.C0050).toMatchObject({ From: 'D', To: 'A', Rank: 1, Of: 100, Run: 'r2' });
    expect(byId.C0050!.Reason).toBe('revenue 1,000,000,000 is rank 1 of 100; A takes rank 1');
    expect(byId.C0101).toMatchObject({ From: '', To: 'B', Name: 'Newcomer <b>' });
    expect(byId.C0100).toMatchObject({ From: 'D', To: '', Value: 1000, Rank: '' });
    expect(byId.C0001).toMatchObject({ From: 'A', To: 'B' });
    expect(String(byId.C0050!.Rules)).toBe('v1 revenue 1%/5%/20%');
    // A name like a formula is stored as text (no change of tier, so not in history, but the state keeps it).
    expect(
      rt.workbook
        .formulas('Tier History')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);

    // Nothing changed: nothing appended.
    const count = rows.length;
    expect(sendNow(rt)).toMatch(/Tier History: 0/);
    expect(historyRows(rt)).toHaveLength(count);
  });

  it('three runs in one period send one digest per recipient; the next period sends again', () => {
    const rt = jobRuntime();
    saveSchedule(rt);
    expect(runTrigger(rt).ok).toBe(true);
    editCustomers(rt, { C0050: { Revenue: 1e9 } });
    rt.clock.advance(HOUR);
    expect(runTrigger(rt).ok).toBe(true);
    rt.clock.advance(HOUR);
    expect(sendNow(rt)).toMatch(/Already sent for 2026-W50/);
    expect(
      digests(rt)
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([...RECIPIENTS].sort());
    // Next week: everyone again, and the digest reports the change made after the first one.
    rt.clock.advance(7 * 24 * HOUR);
    expect(runTrigger(rt).ok).toBe(true);
    const mails = digests(rt);
    expect(mails).toHaveLength(6);
    const latest = mails[5]!;
    expect(latest.htmlBody).toContain('C0050'.replace('C0050', 'Customer 50'));
    expect(latest.body).toMatch(/rank 1 of 100/);
    expect(latest.from).toBe(OWNER);
  });

  it('mail quota below the recipients: the rest go on the next run, nobody twice', () => {
    const rt = jobRuntime({ mailDailyQuota: 2 });
    saveSchedule(rt);
    const message = sendNow(rt);
    expect(message).toMatch(/Waiting for mail quota: vic@example.com/);
    expect(digests(rt).map((m) => m.to[0])).toEqual(['ann@example.com', 'li@example.com']);
    // Same day, no quota left: nothing sent, nothing lost.
    expect(sendNow(rt)).toMatch(/Waiting for mail quota: vic@example.com/);
    rt.clock.advance(24 * HOUR); // quota resets; still the same week
    rt.mail.setRemaining(2);
    expect(runTrigger(rt).ok).toBe(true);
    expect(digests(rt).map((m) => m.to[0])).toEqual(RECIPIENTS);
    expect(runTrigger(rt).ok).toBe(true);
    expect(digests(rt)).toHaveLength(3);
  });

  it('periods and dates are the spreadsheet’s (Asia/Shanghai), not the script’s (America/New_York)', () => {
    // Sunday 6 Dec 2026, 10:00 in New York = Sunday 23:00 in Shanghai: week 49 in both.
    const rt = jobRuntime({
      timeZone: 'Asia/Shanghai',
      scriptTimeZone: 'America/New_York',
      now: new Date('2026-12-06T15:00:00Z'),
    });
    saveSchedule(rt, { recipients: ['ann@example.com'] });
    expect(runTrigger(rt).ok).toBe(true);
    expect(digests(rt)).toHaveLength(1);
    // Sunday 23:30 in New York is Monday 12:30 in Shanghai: the next week there.
    rt.clock.set(new Date('2026-12-07T04:30:00Z'));
    editCustomers(rt, { C0050: { Revenue: 1e9 } });
    expect(runTrigger(rt).ok).toBe(true);
    expect(digests(rt)).toHaveLength(2);
    expect(digests(rt)[1]!.body).toMatch(/7 Dec 2026|2026-12-07/);
    const row = historyRows(rt)[0]!;
    expect(row.Date).toBeInstanceOf(Date);
    // The row's date is Monday in Shanghai (midnight there is 16:00 UTC the day before).
    expect((row.Date as Date).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });

  it('the trigger of a user who no longer owns the schedule removes itself and sends nothing', () => {
    const rt = jobRuntime();
    saveSchedule(rt, { owner: 'li@example.com' });
    const mine = installTrigger(rt, OWNER);
    installTrigger(rt, 'li@example.com');
    const e = rt.fireTrigger(mine);
    expect(e.ok).toBe(true);
    expect(rt.triggers.list().map((t) => t.owner)).toEqual(['li@example.com']);
    expect(rt.mail.outbox).toEqual([]);
    expect(historyRows(rt)).toEqual([]);
    expect(rt.workbook.sheetNames()).not.toContain('Tier State');
    // No schedule at all: the last trigger goes too.
    rt.host.state.documentProperties.delete('customerPyramid.report.schedule');
    const li = rt.triggers.list()[0]!.uniqueId;
    expect(rt.fireTrigger(li).ok).toBe(true);
    expect(rt.triggers.list()).toEqual([]);
  });

  it('failures are recorded; the owner gets at most one alert a day; the menu names the cell', () => {
    const rt = jobRuntime();
    saveSchedule(rt);
    editCustomers(rt, { C0007: { Revenue: 'twelve' } });
    const failed = runTrigger(rt);
    expect(failed.ok).toBe(false);
    expect(failed.error?.message).toMatch(/Customers!D8/);
    expect(alerts(rt)).toHaveLength(1);
    expect(alerts(rt)[0]!.to).toEqual([OWNER]);
    expect(alerts(rt)[0]!.body).toMatch(/Customers!D8/);
    rt.clock.advance(HOUR);
    expect(runTrigger(rt).ok).toBe(false);
    expect(alerts(rt)).toHaveLength(1);
    const health = JSON.parse(rt.properties.document()['customerPyramid.report.health']!);
    expect(health.lastError.message).toMatch(/Customers!D8/);
    expect(health.lastSuccess).toBeUndefined();
    expect(sendNow(rt)).toMatch(/The report did not run:[\s\S]*Customers!D8/);
    rt.clock.advance(24 * HOUR);
    expect(runTrigger(rt).ok).toBe(false);
    expect(alerts(rt)).toHaveLength(2);
    expect(digests(rt)).toEqual([]);
    // Fixed: the run succeeds and says so.
    editCustomers(rt, { C0007: { Revenue: 12 } });
    expect(runTrigger(rt).ok).toBe(true);
    const after = JSON.parse(rt.properties.document()['customerPyramid.report.health']!);
    expect(after.lastSuccess).toBe(rt.clock.now().toISOString());
    expect(digests(rt)).toHaveLength(3);
  });
  it('a lost Tier State starts a new baseline rather than recording every customer as new', () => {
    const rt = jobRuntime();
    sendNow(rt);
    editCustomers(rt, { C0050: { Revenue: 1e9 } });
    sendNow(rt);
    const before = historyRows(rt);
    expect(before.length).toBeGreaterThan(0);
    rt.workbook.setValues('Tier State', [['']]);
    expect(sendNow(rt)).toMatch(/Tier State sheet was missing or empty[\s\S]*new baseline/);
    // Never silently: one row says a new baseline started, and why.
    const marker = historyRows(rt).slice(before.length);
    expect(historyRows(rt).slice(0, before.length)).toEqual(before);
    expect(marker).toEqual([
      expect.objectContaining({ 'Customer ID': '', From: '', To: '', Of: 100, Run: 'r3' }),
    ]);
    expect(String(marker[0]!.Reason)).toMatch(
      /^New baseline: the hidden Tier State sheet was missing/,
    );
    before.push(...marker);
    editCustomers(rt, { C0050: { Revenue: 1 } });
    expect(sendNow(rt)).toMatch(/Tier History: [1-9]/);
    const latest = historyRows(rt)
      .slice(before.length)
      .map((r) => `${r['Customer ID']} ${r.From}→${r.To}`);
    expect(latest).toEqual(['C0001 B→A', 'C0005 C→B', 'C0020 D→C', 'C0050 A→D']);
  });
  it('Send report now runs the same job as the active user: the mail goes from them', () => {
    const rt = jobRuntime();
    saveSchedule(rt);
    const message = sendNow(rt, 'ann@example.com');
    expect(message).toMatch(/Digest sent to: ann@example.com, li@example.com, vic@example.com/);
    expect(digests(rt).map((m) => m.from)).toEqual(Array(3).fill('ann@example.com'));
    expect(digests(rt)[0]!.htmlBody).toMatch(/<table/);
    expect(digests(rt)[0]!.body).toMatch(/The pyramid now/);
  });
});
