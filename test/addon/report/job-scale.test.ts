/**
 * The job's spreadsheet service calls do not grow with the number of customers and stay
 * ≤ 28, on the baseline run and on a run that records changes and mails three digests.
 */
import { describe, expect, it } from 'vitest';
import { editCustomers, jobRuntime, runTrigger, saveSchedule } from './job-support';

function calls(n: number): { first: number; weekly: number; changes: number } {
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
  return { first: first.count('spreadsheet'), weekly: weekly.count('spreadsheet'), changes };
}

describe('report job: service calls at scale', () => {
  it('100,000 customers: ≤ 28 spreadsheet calls per run, the same as with 100', () => {
    const small = calls(100);
    const big = calls(100_000);
    console.log(
      `spreadsheet calls — 100 customers: first ${small.first}, weekly ${small.weekly}; 100,000: first ${big.first}, weekly ${big.weekly}`,
    );
    // A RangeList holds one sheet's ranges: each of the four tables costs getRange +
    // getValues, 3 calls more than the old cross-sheet list (which production refuses).
    expect(big.first).toBeLessThanOrEqual(28);
    expect(big.weekly).toBeLessThanOrEqual(28);
    expect(big).toMatchObject({ first: small.first, weekly: small.weekly });
    expect(big.changes).toBeGreaterThan(0);
  }, 120_000);
});
