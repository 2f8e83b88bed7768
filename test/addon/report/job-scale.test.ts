/**
 * The job's spreadsheet service calls do not grow with the number of customers and stay
 * ≤ 25, on the baseline run and on a run that records changes and mails three digests,
 * besides the sharing check that every send asks afresh (getEditors, getViewers, one email
 * per person listed), which grows with the people the file is shared with, not its rows.
 */
import { describe, expect, it } from 'vitest';
import { splitSharingCalls } from '../../support/sharing-calls';
import { USERS } from '../database/support';
import { editCustomers, jobRuntime, runTrigger, saveSchedule } from './job-support';

const LISTED = USERS.filter((u) => u.role !== 'none').length;

function calls(n: number): { first: number; weekly: number; changes: number; sharing: number } {
  const rt = jobRuntime({ customers: n, now: new Date('2026-11-30T01:00:00Z') });
  saveSchedule(rt);
  const first = runTrigger(rt);
  expect(first.ok, first.error?.message).toBe(true);
  rt.clock.set(new Date('2026-12-07T01:00:00Z'));
  editCustomers(rt, { C0050: { Revenue: 1e12 }, C0002: null });
  const weekly = runTrigger(rt);
  expect(weekly.ok, weekly.error?.message).toBe(true);
  expect(rt.mail.outbox).toHaveLength(6);
  const changes = rt.workbook.values('Tier History').length - 1;
  const a = splitSharingCalls(first);
  const b = splitSharingCalls(weekly);
  expect(a.sharing).toBe(b.sharing);
  return { first: a.rest, weekly: b.rest, changes, sharing: b.sharing };
}

describe('report job: service calls at scale', () => {
  it('100,000 customers: ≤ 28 spreadsheet calls per run, the same as with 100', () => {
    const small = calls(100);
    const big = calls(100_000);
    console.log(
      `spreadsheet calls besides the sharing check (${big.sharing}) — 100 customers: first ${small.first}, weekly ${small.weekly}; 100,000: first ${big.first}, weekly ${big.weekly}`,
    );
    // getOwner and its email, getEditors, getViewers, and one email per person listed.
    expect(big.sharing).toBeLessThanOrEqual(4 + LISTED);
    // A RangeList holds one sheet's ranges: each table read costs its own getRange + getValues.
    // Besides the sharing check: the owner's edit check (getActive, getRange, canEdit) and the run.
    expect(big.first).toBeLessThanOrEqual(28);
    expect(big.weekly).toBeLessThanOrEqual(28);
    expect(big).toMatchObject({ first: small.first, weekly: small.weekly });
    expect(big.changes).toBeGreaterThan(0);
  }, 120_000);
});
