import { describe, expect, it } from 'vitest';
import { runtimeWith, valueOf } from './support';

const BUNDLE = `
function tryIt(kind, ms) {
  const lock = kind === 'document' ? LockService.getDocumentLock() : LockService.getScriptLock();
  const got = lock.tryLock(ms);
  return [got, lock.hasLock()];
}
function waitIt(ms) {
  const lock = LockService.getDocumentLock();
  lock.waitLock(ms);
  const had = lock.hasLock();
  lock.releaseLock();
  return [had, lock.hasLock()];
}
function userLock() {
  return LockService.getUserLock().tryLock(0);
}
`;

describe('LockService', () => {
  it('tryLock returns true and hasLock is true when the lock is free; releaseLock frees it', () => {
    const rt = runtimeWith(BUNDLE);
    expect(valueOf(rt.run('tryIt', ['document', 1000]))).toEqual([true, true]);
    expect(valueOf(rt.run('waitIt', [1000]))).toEqual([true, false]);
  });

  it('tryLock returns false when another execution holds the lock, after the timeout passes in simulated time', () => {
    const rt = runtimeWith(BUNDLE);
    const release = rt.holdLock('document');
    const before = rt.clock.now().getTime();
    const e = rt.run('tryIt', ['document', 3000]);
    expect(valueOf(e)).toEqual([false, false]);
    expect(rt.clock.now().getTime() - before).toBe(3000);
    expect(e.estimatedMs).toBeGreaterThanOrEqual(3000);
    // The script lock is a different lock.
    expect(valueOf(rt.run('tryIt', ['script', 0]))).toEqual([true, true]);
    release();
    expect(valueOf(rt.run('tryIt', ['document', 0]))).toEqual([true, true]);
  });

  it('waitLock throws "Lock timeout: another process was holding the lock for too long." when it cannot get the lock', () => {
    const rt = runtimeWith(BUNDLE);
    rt.holdLock('document');
    expect(rt.run('waitIt', [500]).error?.message).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  it("an execution's locks are released when it ends", () => {
    const rt = runtimeWith(BUNDLE);
    expect(valueOf(rt.run('tryIt', ['script', 0]))).toEqual([true, true]);
    expect(valueOf(rt.run('tryIt', ['script', 0]))).toEqual([true, true]);
  });

  it('user locks work and are separate from document locks', () => {
    const rt = runtimeWith(BUNDLE);
    rt.holdLock('document');
    expect(valueOf(rt.run('userLock'))).toBe(true);
  });
});
