/** LocalAppsScript: runs the built bundle against in-memory Apps Script services. */
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import {
  compiled,
  defaultBundlePath,
  guestPath,
  isTopLevelFunction,
  readManifest,
  type GuestSetup,
} from './host/bundle-loader';
import { decode, encode, type Wire } from './host/codec';
import type { ExecutionState } from './host/execution';
import { Host } from './host/host';
import { HostState } from './host/host-state';
import { appsScriptLatency } from './host/latency';
import { hostWorkbook } from './host/workbook-view';
import { runConcurrently } from './concurrency/scheduler';
import type { ExecutionKind } from './services/service-object';
import { nextDue } from './services/triggers';
import { zonedParts } from './services/zoned-time';
import { parseA1, resolveA1 } from './services/spreadsheet/a1-notation';
import type { ButtonName } from './services/ui';
import type {
  ConcurrentRun,
  Execution,
  HostWorkbook,
  RecordedMenu,
  RunOptions,
  RuntimeOptions,
  Schedule,
  SentMail,
  TriggerInfo,
} from './types';
import { serviceRoots } from './wiring';

export class LocalAppsScript {
  readonly host: Host;
  readonly bundlePath: string;
  readonly workbook: HostWorkbook;
  readonly mail: { outbox: SentMail[]; remaining(): number; setRemaining(n: number): void };
  readonly triggers: { list(): TriggerInfo[] };
  readonly properties: {
    script(): Record<string, string>;
    document(): Record<string, string>;
    user(email: string): Record<string, string>;
  };
  readonly cache: { evictAll(): void };
  readonly ui: {
    menus: RecordedMenu[];
    sidebars: { title: string; html: string; width?: number }[];
    dialogs: { title: string; html: string; modal: boolean }[];
    alerts: { title?: string; prompt: string }[];
    toasts: { message: string; title?: string }[];
    respondWith(button: 'OK' | 'CANCEL' | 'YES' | 'NO', text?: string): void;
  };
  readonly clock: { now(): Date; set(d: Date): void; advance(ms: number): void };

  constructor(options: RuntimeOptions = {}) {
    this.bundlePath = options.bundlePath ?? defaultBundlePath;
    const manifest = readManifest(this.bundlePath);
    const state = new HostState({
      workbook: options.workbook,
      users: options.users ?? [{ email: 'owner@example.com', role: 'owner' }],
      scriptTimeZone: options.scriptTimeZone ?? manifest.timeZone ?? 'Etc/UTC',
      mailDailyQuota: options.mailDailyQuota ?? 100,
      now: options.now ?? new Date(),
      htmlDir: options.htmlDir ?? dirname(this.bundlePath),
      oauthScopes: options.oauthScopes ?? manifest.oauthScopes ?? [],
      addon: options.addon ?? false,
    });
    this.host = new Host(state, serviceRoots(state), options.latency ?? appsScriptLatency);
    this.workbook = hostWorkbook(state.workbook);
    this.mail = {
      outbox: state.mail.outbox,
      remaining: () => state.mail.remaining(),
      setRemaining: (n) => state.mail.setRemaining(n),
    };
    this.triggers = {
      list: () =>
        state.triggers.map((t) => {
          const info: TriggerInfo = {
            uniqueId: t.uniqueId,
            handler: t.handler,
            owner: t.owner,
            eventType: t.eventType,
            source: t.source,
          };
          if (t.time) info.time = { ...t.time };
          if (t.nextDue !== undefined) info.nextDue = new Date(t.nextDue);
          return info;
        }),
    };
    this.properties = {
      script: () => Object.fromEntries(state.scriptProperties),
      document: () => Object.fromEntries(state.documentProperties),
      user: (email) => Object.fromEntries(state.userProperties(email)),
    };
    this.cache = { evictAll: () => state.evictCaches() };
    const ui = state.ui;
    this.ui = {
      menus: ui.menus,
      sidebars: ui.sidebars,
      dialogs: ui.dialogs,
      alerts: ui.alerts,
      toasts: ui.toasts,
      respondWith: (button, text = '') => ui.responses.push({ button: button as ButtonName, text }),
    };
    const clock = state.clock;
    this.clock = {
      now: () => clock.now(),
      set: (d) => clock.set(d),
      advance: (ms) => clock.advance(ms),
    };
  }

  /** The bundle's source (as loaded). */
  get bundleSource(): string {
    return compiled(this.bundlePath, 'Code.js').source;
  }

  /** Runs a top-level function of the bundle, synchronously, as `user`. Never throws. */
  run<T = unknown>(fn: string, args: unknown[] = [], opts: RunOptions = {}): Execution<T> {
    return this.execute<T>('run', fn, args, opts);
  }

  /**
   * Runs a custom function as a formula in a cell calls it, in AuthMode.CUSTOM_FUNCTION. An
   * argument `{ ref: 'D2' }` (or 'Sheet1!D2:D') arrives as Sheets passes it: "If you call
   * your function with a reference to a range of cells as a parameter ... the parameter will
   * be a two-dimensional array", while a single cell arrives as its value
   * (https://developers.google.com/apps-script/guides/sheets/functions#arguments). Other
   * arguments are passed as given (literals typed in the formula).
   */
  runCustomFunction<T = unknown>(fn: string, args: unknown[], opts: RunOptions = {}): Execution<T> {
    const wb = this.host.state.workbook;
    const cellArg = (a: unknown): unknown => {
      if (a === null || typeof a !== 'object' || !('ref' in a)) return a;
      const ref = parseA1(String((a as { ref: unknown }).ref));
      const sheet = ref.sheet === undefined ? wb.sheets[0] : wb.sheet(ref.sheet);
      if (!sheet) throw new Error(`No sheet for ${String((a as { ref: unknown }).ref)}`);
      const r = resolveA1(ref, sheet.maxRows, sheet.maxColumns);
      const at = (i: number, j: number): unknown => sheet.get(r.row + i, r.col + j);
      if (r.numRows === 1 && r.numCols === 1) return at(0, 0);
      return Array.from({ length: r.numRows }, (_, i) =>
        Array.from({ length: r.numCols }, (_, j) => at(i, j)),
      );
    };
    return this.execute<T>('run', fn, args.map(cellArg), { ...opts, authMode: 'CUSTOM_FUNCTION' });
  }

  /**
   * Like run, but as google.script.run would: only top-level functions whose names do not end
   * in '_'; arguments and result are JSON values (a Date anywhere fails the call).
   */
  runFromBrowser<T = unknown>(fn: string, args: unknown[], opts: RunOptions = {}): Execution<T> {
    const checked = this.browserArgs(fn, args);
    if ('refused' in checked) return this.refused(checked.refused);
    return this.execute<T>('browser', fn, checked.args, opts);
  }

  /** google.script.run's rules for a call: the JSON arguments, or why the call fails. */
  browserArgs(fn: string, args: unknown[]): { args: unknown[] } | { refused: string } {
    if (fn.endsWith('_') || !isTopLevelFunction(this.bundleSource, fn))
      return { refused: `Script function not found: ${fn}` };
    const bad = findDate(args, 'args');
    if (bad) return { refused: `Failed due to illegal value in property: ${bad}` };
    try {
      return { args: JSON.parse(JSON.stringify(args ?? [])) as unknown[] };
    } catch (error) {
      return { refused: `Failed due to illegal value: ${(error as Error).message}` };
    }
  }

  /**
   * Runs several executions concurrently, interleaved at service-call boundaries. A run with
   * `browser: true` is called as google.script.run would call it (see runFromBrowser).
   */
  runConcurrently(runs: ConcurrentRun[], schedule: Schedule = 'round-robin'): Promise<Execution[]> {
    return runConcurrently(this, runs, schedule);
  }

  /** Fires one installable trigger now, as its owner. */
  fireTrigger(uniqueId: string): Execution {
    const t = this.host.state.triggers.find((x) => x.uniqueId === uniqueId);
    if (!t) return this.refused(`No trigger with id ${uniqueId}`);
    return this.fire(t);
  }

  /** Fires every time-driven trigger due up to the clock's now (each once). */
  fireDueTriggers(): Execution[] {
    const now = this.host.state.clock.nowMs();
    const due = this.host.state.triggers
      .filter((t) => t.source === 'CLOCK' && t.nextDue !== undefined && t.nextDue <= now)
      .sort((a, b) => a.nextDue! - b.nextDue!);
    return due.map((t) => {
      t.nextDue = nextDue(t, now, this.host.state.scriptTimeZone);
      if (t.nextDue === undefined) {
        const list = this.host.state.triggers;
        list.splice(list.indexOf(t), 1);
      }
      return this.fire(t);
    });
  }

  /** Another "execution" holds the lock until the returned function is called. */
  holdLock(kind: 'document' | 'script'): () => void {
    return this.host.state.locks.holdExternally(kind);
  }

  private fire(t: { uniqueId: string; handler: string; owner: string; source: string }): Execution {
    const p = zonedParts(this.host.state.clock.nowMs(), 'Etc/UTC');
    const event =
      t.source === 'CLOCK'
        ? {
            authMode: 'FULL',
            triggerUid: t.uniqueId,
            year: p.year,
            month: p.month,
            'day-of-month': p.day,
            'day-of-week': p.weekday,
            hour: p.hour,
            minute: p.minute,
            second: p.second,
            timezone: 'UTC',
          }
        : { authMode: 'FULL', triggerUid: t.uniqueId };
    return this.execute(
      'trigger',
      t.handler,
      [],
      { user: t.owner, authMode: 'FULL', event },
      t.owner,
    );
  }

  /** The record of a call refused before it ran. */
  refused<T>(message: string): Execution<T> {
    return {
      ok: false,
      error: { message },
      calls: [],
      callCount: 0,
      count: () => 0,
      cellsRead: 0,
      estimatedMs: 0,
      cpuMs: 0,
      logs: [],
    };
  }

  /** Starts an execution record for the scheduler or for an in-process run. */
  begin(kind: ExecutionKind, opts: RunOptions, effectiveEmail?: string): ExecutionState {
    return this.host.begin(kind, opts, effectiveEmail);
  }

  /** The arguments a function receives: the event first when one is given. */
  argsFor(args: unknown[], opts: RunOptions): unknown[] {
    if (!opts.event) return args;
    return [{ authMode: opts.authMode ?? 'FULL', ...opts.event }, ...args];
  }

  /** Ends an execution and builds its public record. */
  finish<T>(exec: ExecutionState, outcome: { value?: Wire; error?: unknown }): Execution<T> {
    this.host.end(exec);
    if (exec.killed) return exec.toExecution<T>({ ok: false, error: { message: exec.killed } });
    if (outcome.error !== undefined) {
      const e = outcome.error as { message?: unknown; stack?: unknown };
      const message = typeof e?.message === 'string' ? e.message : String(outcome.error);
      const error: { message: string; stack?: string } = { message };
      if (typeof e?.stack === 'string') error.stack = e.stack;
      return exec.toExecution<T>({ ok: false, error });
    }
    return exec.toExecution<T>({ ok: true, value: decode(outcome.value, exec) as T });
  }

  private execute<T>(
    kind: ExecutionKind,
    fn: string,
    args: unknown[],
    opts: RunOptions,
    effectiveEmail?: string,
  ): Execution<T> {
    let exec: ExecutionState;
    try {
      exec = this.host.begin(kind, opts, effectiveEmail);
    } catch (error) {
      return this.refused((error as Error).message);
    }
    const started = performance.now();
    let hostMs = 0;
    const host = this.host;
    const clock = host.state.clock;
    try {
      const context = vm.createContext({});
      const setup = compiled(guestPath, 'guest.js').script.runInContext(context) as GuestSetup;
      const bridge = (h: number, m: string, a: unknown[]): unknown => {
        const t = performance.now();
        try {
          return host.call(exec.id, h, m, a as Wire[]);
        } finally {
          hostMs += performance.now() - t;
        }
      };
      const invoke = setup(
        bridge,
        (h) => host.describe(exec, h),
        host.roots(exec),
        () => clock.nowMs(),
        (line) => host.log(exec.id, line),
      );
      compiled(this.bundlePath, 'Code.js').script.runInContext(context);
      const value = invoke(fn, encode(this.argsFor(args, opts), exec), kind === 'browser') as Wire;
      exec.cpuMs = performance.now() - started - hostMs;
      return this.finish<T>(exec, { value });
    } catch (error) {
      exec.cpuMs = performance.now() - started - hostMs;
      return this.finish<T>(exec, { error });
    }
  }
}

/** The path of the first Date inside a value, e.g. "args.0.when". */
function findDate(v: unknown, path: string): string | undefined {
  if (Object.prototype.toString.call(v) === '[object Date]') return path;
  if (v === null || typeof v !== 'object') return undefined;
  for (const [k, x] of Object.entries(v)) {
    const found = findDate(x, `${path}.${k}`);
    if (found) return found;
  }
  return undefined;
}
