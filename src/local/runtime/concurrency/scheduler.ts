/**
 * runConcurrently: each execution runs in a worker thread; the main thread owns the host and
 * answers one service call at a time. A step is "answer one pending call"; steps are taken
 * only when every live execution is paused at a call (or done), so the interleaving is decided
 * by the schedule alone and is reproducible. A tryLock/waitLock on a lock another live
 * execution holds is not answered until the lock frees or its simulated timeout passes; when
 * every live execution is blocked, the clock jumps to the earliest timeout.
 */
import { Worker, MessageChannel, type MessagePort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { decode, encode, type Wire } from '../host/codec';
import type { ExecutionState } from '../host/execution';
import { guestPath } from '../host/bundle-loader';
import type { Host } from '../host/host';
import { LockImpl } from '../services/lock';
import type { ExecutionKind } from '../services/service-object';
import type { ConcurrentRun, Execution, RunOptions, Schedule } from '../types';

const workerPath = fileURLToPath(new URL('./worker-main.js', import.meta.url));

/**
 * What the scheduler needs of the runtime whose executions it interleaves (LocalAppsScript
 * provides it): the host that answers calls, the bundle to load in each worker, and the
 * runtime's own rules for starting, refusing and finishing an execution.
 */
export interface ConcurrentRuntime {
  readonly host: Host;
  readonly bundlePath: string;
  browserArgs(fn: string, args: unknown[]): { args: unknown[] } | { refused: string };
  refused<T>(message: string): Execution<T>;
  begin(kind: ExecutionKind, opts: RunOptions): ExecutionState;
  run(fn: string, args: unknown[], opts: RunOptions): Execution;
  argsFor(args: unknown[], opts: RunOptions): unknown[];
  finish<T>(exec: ExecutionState, outcome: { value?: Wire; error?: unknown }): Execution<T>;
}

interface Request {
  h: number;
  m: string;
  a: Wire[];
}

interface Slot {
  index: number;
  exec: ExecutionState | undefined;
  port?: MessagePort;
  flag?: Int32Array;
  worker?: Worker;
  state: 'starting' | 'running' | 'pending' | 'done';
  request?: Request;
  /** Simulated time at which a blocked lock wait gives up, and when it started. */
  deadline?: number;
  blockedSince?: number;
  result?: Execution;
}

/** Deterministic PRNG for { seed } schedules. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  private next = 0;
  private cursor = 0;
  private readonly random: (() => number) | undefined;
  private readonly list: number[] | undefined;
  constructor(schedule: Schedule) {
    this.list = Array.isArray(schedule) ? schedule : undefined;
    this.random =
      typeof schedule === 'object' && !Array.isArray(schedule)
        ? mulberry32(schedule.seed)
        : undefined;
  }
  pick(eligible: Slot[], total: number): Slot {
    if (this.random) return eligible[Math.floor(this.random() * eligible.length)]!;
    if (this.list) {
      while (this.cursor < this.list.length) {
        const wanted = eligible.find((s) => s.index === this.list![this.cursor]);
        this.cursor++;
        if (wanted) return this.remember(wanted, total);
      }
    }
    for (let i = 0; i < total; i++) {
      const found = eligible.find((s) => s.index === (this.next + i) % total);
      if (found) return this.remember(found, total);
    }
    return eligible[0]!;
  }
  private remember(slot: Slot, total: number): Slot {
    this.next = (slot.index + 1) % total;
    return slot;
  }
}

export function runConcurrently(
  rt: ConcurrentRuntime,
  runs: ConcurrentRun[],
  schedule: Schedule,
): Promise<Execution[]> {
  const host = rt.host;
  const clock = host.state.clock;
  const locks = host.state.locks;
  const picker = new Picker(schedule);
  const argsOf: unknown[][] = [];
  const slots: Slot[] = runs.map((run, index) => {
    argsOf[index] = run.args ?? [];
    if (run.browser) {
      const checked = rt.browserArgs(run.fn, run.args ?? []);
      if ('refused' in checked)
        return { index, exec: undefined, state: 'done', result: rt.refused(checked.refused) };
      argsOf[index] = checked.args;
    }
    try {
      const exec = rt.begin(run.browser ? 'browser' : 'run', run.opts ?? {});
      exec.concurrent = true;
      return { index, exec, state: 'starting' };
    } catch {
      // An unknown user: the in-process run reports the same refusal.
      return {
        index,
        exec: undefined,
        state: 'done',
        result: rt.run(run.fn, run.args ?? [], run.opts ?? {}),
      };
    }
  });

  return new Promise((resolve) => {
    const previousOnRelease = locks.onRelease;
    let stepping = false;

    const reply = (slot: Slot, message: unknown): void => {
      slot.port!.postMessage(message);
      Atomics.store(slot.flag!, 0, 1);
      Atomics.notify(slot.flag!, 0);
    };

    const lockWait = (slot: Slot): { key: string; timeoutMs: number } | undefined => {
      const req = slot.request!;
      if (req.m !== 'tryLock' && req.m !== 'waitLock') return undefined;
      let target: unknown;
      try {
        target = slot.exec!.objectAt(req.h);
      } catch {
        return undefined;
      }
      if (!(target instanceof LockImpl)) return undefined;
      const timeoutMs = Math.min(
        300_000,
        Math.max(0, Number(decode(req.a[0] ?? 0, slot.exec!)) || 0),
      );
      return { key: target.key, timeoutMs };
    };

    const isBlocked = (slot: Slot): boolean => {
      const wait = lockWait(slot);
      if (!wait || locks.isFreeFor(wait.key, slot.exec!.id)) return false;
      if (slot.deadline === undefined) {
        slot.blockedSince = clock.nowMs();
        slot.deadline = clock.nowMs() + wait.timeoutMs;
      }
      return clock.nowMs() < slot.deadline;
    };

    const answer = (slot: Slot): void => {
      const req = slot.request!;
      if (slot.blockedSince !== undefined)
        slot.exec!.estimatedMs += clock.nowMs() - slot.blockedSince;
      slot.deadline = undefined;
      slot.blockedSince = undefined;
      slot.request = undefined;
      slot.state = 'running';
      reply(slot, host.call(slot.exec!.id, req.h, req.m, req.a));
    };

    const step = (): void => {
      if (stepping) return;
      stepping = true;
      try {
        if (slots.some((s) => s.state === 'running' || s.state === 'starting')) return;
        const pending = slots.filter((s) => s.state === 'pending');
        if (pending.length === 0) {
          locks.onRelease = previousOnRelease;
          resolve(slots.map((s) => s.result!));
          return;
        }
        let eligible = pending.filter((s) => !isBlocked(s));
        if (eligible.length === 0) {
          const earliest = Math.min(...pending.map((s) => s.deadline!));
          clock.advance(Math.max(0, earliest - clock.nowMs()));
          eligible = pending.filter((s) => !isBlocked(s));
        }
        answer(picker.pick(eligible, slots.length));
      } finally {
        stepping = false;
      }
    };

    locks.onRelease = () => {
      previousOnRelease?.();
      queueMicrotask(step);
    };

    const finish = (
      slot: Slot,
      outcome: { value?: Wire; error?: unknown },
      cpuMs: number,
    ): void => {
      if (slot.state === 'done') return;
      slot.state = 'done';
      slot.exec!.cpuMs = cpuMs;
      slot.result = rt.finish(slot.exec!, outcome);
      slot.port?.close();
      void slot.worker?.terminate();
      step();
    };

    for (const slot of slots) {
      if (slot.state === 'done') continue;
      const run = runs[slot.index]!;
      const exec = slot.exec!;
      const { port1, port2 } = new MessageChannel();
      const signal = new SharedArrayBuffer(4);
      slot.port = port1;
      slot.flag = new Int32Array(signal);
      slot.worker = new Worker(workerPath, {
        workerData: {
          port: port2,
          signal,
          bundlePath: rt.bundlePath,
          guestPath,
          fn: run.fn,
          args: encode(rt.argsFor(argsOf[slot.index]!, run.opts ?? {}), exec),
          browser: !!run.browser,
          roots: host.roots(exec),
        },
        transferList: [port2],
      });
      slot.worker.on('error', (error) => finish(slot, { error }, 0));
      slot.worker.on('exit', () =>
        finish(slot, { error: new Error('The execution ended unexpectedly') }, 0),
      );
      port1.on('message', (msg: { t: string } & Record<string, unknown>) => {
        switch (msg.t) {
          case 'describe':
            reply(slot, host.describe(exec, msg.h as number));
            return;
          case 'now':
            reply(slot, clock.nowMs());
            return;
          case 'log':
            host.log(exec.id, msg.line as string);
            reply(slot, null);
            return;
          case 'call':
            slot.state = 'pending';
            slot.request = { h: msg.h as number, m: msg.m as string, a: msg.a as Wire[] };
            step();
            return;
          case 'done':
            // The worker waits for no answer: it is terminated here.
            finish(
              slot,
              'error' in msg ? { error: msg.error } : { value: msg.value as Wire },
              msg.cpuMs as number,
            );
        }
      });
      slot.state = 'running';
    }
    step();
  });
}
