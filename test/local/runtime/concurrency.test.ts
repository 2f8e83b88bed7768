import { describe, expect, it } from 'vitest';
import { runtimeWith } from './support';

const BUNDLE = `
function logThree(who) {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  for (let i = 1; i <= 3; i++) sheet.appendRow([who, i]);
  return who;
}
function lockedAppend(who, holdCalls) {
  const lock = LockService.getDocumentLock();
  lock.waitLock(10000);
  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  sheet.appendRow([who, 'start']);
  for (let i = 0; i < holdCalls; i++) sheet.getLastRow();
  sheet.appendRow([who, 'end']);
  lock.releaseLock();
}
function lockAndThrow() {
  LockService.getScriptLock().waitLock(1000);
  SpreadsheetApp.getActive().getSheetByName('Sheet1').appendRow(['thrower']);
  throw new Error('boom');
}
function lockAndReturn() {
  LockService.getScriptLock().waitLock(1000);
  SpreadsheetApp.getActive().getSheetByName('Sheet1').appendRow(['holder']);
}
function tryScriptLock(ms) {
  const got = LockService.getScriptLock().tryLock(ms);
  SpreadsheetApp.getActive().getSheetByName('Sheet1').appendRow(['tried', got]);
  return got;
}
function waitScriptLock(ms) {
  LockService.getScriptLock().waitLock(ms);
  return 'got it';
}
function holdScriptLockLong() {
  LockService.getScriptLock().waitLock(1000);
  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  for (let i = 0; i < 5; i++) sheet.getLastRow();
  return 'held';
}
function helper_() { return 'private'; }
function stamp(x) { return { x: x, at: new Date() }; }
function userEmail() {
  return Session.getActiveUser().getEmail();
}
`;

const users = [
  { email: 'ann@example.com', role: 'owner' as const },
  { email: 'bo@example.com', role: 'editor' as const },
];

describe('runConcurrently', () => {
  it("interleaves executions at service-call boundaries: under round-robin two loggers' rows alternate", async () => {
    const rt = runtimeWith(BUNDLE, { users });
    const [a, b] = await rt.runConcurrently([
      { fn: 'logThree', args: ['A'] },
      { fn: 'logThree', args: ['B'] },
    ]);
    expect(a!.ok && b!.ok).toBe(true);
    expect(rt.workbook.values('Sheet1').map((r) => r[0])).toEqual(['A', 'B', 'A', 'B', 'A', 'B']);
  });

  it('an explicit schedule decides whose call is answered next', async () => {
    const rt = runtimeWith(BUNDLE, { users });
    // logThree makes 5 calls: getActive, getSheetByName, appendRow x3.
    await rt.runConcurrently(
      [
        { fn: 'logThree', args: ['A'] },
        { fn: 'logThree', args: ['B'] },
      ],
      [0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
    );
    expect(rt.workbook.values('Sheet1').map((r) => r[0])).toEqual(['A', 'A', 'A', 'B', 'B', 'B']);
  });

  it('a seeded schedule is reproducible', async () => {
    const order = async (): Promise<unknown[]> => {
      const rt = runtimeWith(BUNDLE, { users });
      await rt.runConcurrently(
        ['A', 'B', 'C'].map((w) => ({ fn: 'logThree', args: [w] })),
        { seed: 42 },
      );
      return rt.workbook.values('Sheet1').map((r) => r[0]);
    };
    expect(await order()).toEqual(await order());
  });

  it('runs each execution as its own user', async () => {
    const rt = runtimeWith(BUNDLE, { users });
    const runs = await rt.runConcurrently([
      { fn: 'userEmail', opts: { user: 'ann@example.com' } },
      { fn: 'userEmail', opts: { user: 'bo@example.com' } },
    ]);
    expect(runs.map((r) => r.value)).toEqual(['ann@example.com', 'bo@example.com']);
  });

  it('waitLock blocks until the other execution releases: the locked sections do not interleave', async () => {
    const rt = runtimeWith(BUNDLE, { users });
    const runs = await rt.runConcurrently([
      { fn: 'lockedAppend', args: ['A', 3] },
      { fn: 'lockedAppend', args: ['B', 3] },
    ]);
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(rt.workbook.values('Sheet1')).toEqual([
      ['A', 'start'],
      ['A', 'end'],
      ['B', 'start'],
      ['B', 'end'],
    ]);
  });

  it('locks are released when an execution ends, even when it threw', async () => {
    const rt = runtimeWith(BUNDLE, { users });
    const [thrower, waiter] = await rt.runConcurrently([
      { fn: 'lockAndThrow' },
      { fn: 'waitScriptLock', args: [100] },
    ]);
    expect(thrower!.error?.message).toBe('boom');
    expect(waiter!.ok).toBe(true);
    expect(waiter!.value).toBe('got it');
    // In-process too: a run that never releases its lock leaves it free afterwards.
    rt.run('lockAndReturn');
    expect(rt.run('tryScriptLock', [0]).value).toBe(true);
  });

  it('a wait on a lock held past its timeout fails with "Lock timeout" after the simulated timeout', async () => {
    const rt = runtimeWith(BUNDLE, { users });
    const start = rt.clock.now().getTime();
    const release = rt.holdLock('script');
    const [waiter, tryer] = await rt.runConcurrently([
      { fn: 'waitScriptLock', args: [2000] },
      { fn: 'tryScriptLock', args: [500] },
    ]);
    release();
    expect(waiter!.error?.message).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(tryer!.value).toBe(false);
    expect(rt.clock.now().getTime() - start).toBe(2000);
    expect(waiter!.estimatedMs).toBeGreaterThanOrEqual(2000);
  });

  it('browser runs follow google.script.run rules: private names refused, a Date in the result fails the call', async () => {
    const rt = runtimeWith(BUNDLE, { users });
    const [priv, stamped, plain] = await rt.runConcurrently([
      { fn: 'helper_', browser: true },
      { fn: 'stamp', args: [1], browser: true },
      { fn: 'userEmail', browser: true, opts: { user: 'bo@example.com' } },
    ]);
    expect(priv!.error?.message).toBe('Script function not found: helper_');
    expect(stamped!.ok).toBe(false);
    expect(plain!.value).toBe('bo@example.com');
  });
});
