/**
 * LockService. Node runs one execution at a time, so contention is simulated: a lock is held
 * by an execution (or by the test, via holdLock) until released or the holder ends. In-process,
 * a wait for a lock held by someone else can only time out (simulated time passes); under
 * runConcurrently the scheduler blocks the waiter until the holder releases.
 */
import { ServiceObject, type Like, type ServiceContext } from './service-object';

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';
const MAX_WAIT_MS = 300_000;

/** Who holds which lock: execution ids, or negative ids for holds made by the test. */
export class LockTable {
  private readonly holders = new Map<string, number>();
  private nextExternal = -1;
  /** Called whenever a lock frees (the concurrent scheduler listens). */
  onRelease: (() => void) | undefined;

  holder(key: string): number | undefined {
    return this.holders.get(key);
  }
  isFreeFor(key: string, execId: number): boolean {
    const h = this.holders.get(key);
    return h === undefined || h === execId;
  }
  acquire(key: string, execId: number): void {
    this.holders.set(key, execId);
  }
  release(key: string, execId: number): void {
    if (this.holders.get(key) === execId) {
      this.holders.delete(key);
      this.onRelease?.();
    }
  }
  releaseAll(execId: number): void {
    let any = false;
    for (const [k, h] of [...this.holders]) {
      if (h === execId) {
        this.holders.delete(k);
        any = true;
      }
    }
    if (any) this.onRelease?.();
  }
  /** A hold by "another execution" outside the runtime; returns its release function. */
  holdExternally(key: string): () => void {
    if (this.holders.has(key)) throw new Error(`The ${key} lock is already held`);
    const id = this.nextExternal--;
    this.holders.set(key, id);
    return () => this.release(key, id);
  }
}

export class LockImpl
  extends ServiceObject
  implements Like<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  static override needsAuth = ['tryLock', 'waitLock', 'releaseLock', 'hasLock'];
  readonly typeName = 'Lock';
  readonly service = 'lock' as const;
  constructor(
    host: ServiceContext,
    private readonly locks: LockTable,
    readonly key: string,
  ) {
    super(host);
  }

  /** Shared by tryLock and waitLock. */
  _try(timeoutInMillis: number): boolean {
    const exec = this.host.exec;
    const locks = this.locks;
    if (locks.isFreeFor(this.key, exec.id)) {
      locks.acquire(this.key, exec.id);
      exec.lockKeys.add(this.key);
      return true;
    }
    // Under runConcurrently the scheduler has already waited (and timed out) for us.
    if (!exec.concurrent)
      this.host.wait(Math.min(Math.max(0, Number(timeoutInMillis) || 0), MAX_WAIT_MS));
    return false;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._try(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._try(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    this.locks.release(this.key, this.host.exec.id);
  }
  hasLock(): boolean {
    return this.locks.holder(this.key) === this.host.exec.id;
  }
}

export class LockServiceImpl extends ServiceObject {
  readonly typeName = 'LockService';
  readonly service = 'lock' as const;
  constructor(
    host: ServiceContext,
    private readonly locks: LockTable,
  ) {
    super(host);
  }
  getDocumentLock(): LockImpl {
    return new LockImpl(this.host, this.locks, 'document');
  }
  getScriptLock(): LockImpl {
    return new LockImpl(this.host, this.locks, 'script');
  }
  getUserLock(): LockImpl {
    return new LockImpl(this.host, this.locks, `user:${this.host.exec.effectiveUser.email}`);
  }
}
