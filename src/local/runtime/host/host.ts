/**
 * The host: the shared state of one simulated spreadsheet and script project, and the single
 * choke point `call` through which every service call from a bundle passes. Counting, the
 * latency estimate, fault injection, auth checks and time budgets live here only. Services
 * see the host only as a ServiceContext; the global objects come from the wiring's factory.
 */
import type { LatencyModel, LocalUser, RunOptions, ServiceName } from '../types';
import { decode, encode, type Wire } from './codec';
import { ExecutionState } from './execution';
import type { HostState } from './host-state';
import { appsScriptLatency, callCost } from './latency';
import {
  AUTHORIZATION_REQUIRED,
  hasGranted,
  classOf,
  methodsOf,
  noPermission,
  type ExecutionKind,
  type ServiceContext,
  type ServiceObject,
} from '../services/service-object';

/** Answer to a call: a value, or an error to throw inside the bundle. */
export type Reply = { v: Wire } | { e: string; n?: string };

/** Services reached as `Type.method` in permission messages (the rest say just `method`). */
const ROOT_TYPES = new Set([
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'MailApp',
  'ScriptApp',
  'HtmlService',
  'Session',
  'Utilities',
  'Logger',
]);

/** What AuthMode.NONE allows: building menus (Apps Script's authorization-modes table), and logging. */
const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createMenu',
  'Ui.createAddonMenu',
  'Menu',
  'Logger',
  // Not documented either way; the add-on's userLocale() falls back to English if refused.
  'Session.getActiveUserLocale',
]);

export const TIMEOUT_MESSAGE = 'Exceeded maximum execution time';

/** Creates the global service objects (SpreadsheetApp, ...) an execution's bundle sees. */
export type RootFactory = (host: ServiceContext) => Record<string, ServiceObject>;

export class Host implements ServiceContext {
  readonly executions = new Map<number, ExecutionState>();
  private nextExecutionId = 1;
  private current: ExecutionState | undefined;
  private cellsRead = 0;
  private cellsWritten = 0;

  constructor(
    readonly state: HostState,
    private readonly createRoots: RootFactory,
    readonly latency: LatencyModel = appsScriptLatency,
  ) {}

  /** The execution whose call is being answered. Services read the user and mode from it. */
  get exec(): ExecutionState {
    if (!this.current) throw new Error('No execution is running');
    return this.current;
  }

  /** Starts the record of an execution. */
  begin(kind: ExecutionKind, options: RunOptions, effectiveEmail?: string): ExecutionState {
    const user = this.state.userByEmail(options.user);
    const effective = effectiveEmail ? this.state.userByEmail(effectiveEmail) : user;
    const exec = new ExecutionState(
      this.nextExecutionId++,
      kind,
      user,
      effective,
      options.authMode ?? 'FULL',
      options,
    );
    this.executions.set(exec.id, exec);
    return exec;
  }

  /** Ends an execution: its locks are released, as Apps Script does when a script ends. */
  end(exec: ExecutionState): void {
    this.state.locks.releaseAll(exec.id);
    this.executions.delete(exec.id);
    if (exec.options.timeBudgetMs !== undefined && exec.estimatedMs > exec.options.timeBudgetMs)
      exec.killed ??= TIMEOUT_MESSAGE;
  }

  /** The simulated clock's now, in ms since the epoch. */
  nowMs(): number {
    return this.state.clock.nowMs();
  }

  /** Records cells moved by the current call, for the latency estimate. */
  noteCells(read: number, written: number): void {
    this.cellsRead += read;
    this.cellsWritten += written;
  }

  /** Simulated time that passes inside the current execution (sleep, lock waits). */
  wait(ms: number): void {
    this.state.clock.advance(ms);
    if (this.current) this.current.estimatedMs += ms;
  }

  /** The root objects (SpreadsheetApp, ...) of an execution, as wire handles. */
  roots(exec: ExecutionState): Record<string, Wire> {
    const out: Record<string, Wire> = {};
    for (const [name, obj] of Object.entries(this.createRoots(this))) out[name] = encode(obj, exec);
    return out;
  }

  /** Methods and constants of a fake type, so the guest can build its proxies. */
  describe(exec: ExecutionState, handle: number): { methods: string[]; constants: Wire } {
    const obj = exec.objectAt(handle);
    return {
      methods: [...methodsOf(obj)],
      constants: encode(classOf(obj).constants, exec),
    };
  }

  /** A line for execution.logs (console.* in the bundle; not a counted call). */
  log(execId: number, line: string): void {
    this.executions.get(execId)?.logs.push(line);
  }

  /** THE choke point: one service call from an execution. Never throws. */
  call(execId: number, handle: number, method: string, args: Wire[]): Reply {
    const exec = this.executions.get(execId);
    if (!exec) return { e: 'The execution has ended' };
    const previous = this.current;
    this.current = exec;
    try {
      const target = exec.objectAt(handle);
      if (method.startsWith('__')) {
        // Internal helpers of the guest (e.g. a template's compiled code): not service calls.
        const fn = (target as unknown as Record<string, unknown>)[method];
        if (typeof fn !== 'function') throw new TypeError(`No internal ${method}`);
        return {
          v: encode(
            fn.apply(
              target,
              args.map((a) => decode(a, exec)),
            ),
            exec,
          ),
        };
      }
      if (exec.killed) throw new Error(exec.killed);
      if (!methodsOf(target).has(method))
        throw new TypeError(`Cannot find function ${method} in object ${target.typeName}.`);
      return { v: encode(this.counted(exec, target, method, args), exec) };
    } catch (error) {
      const err = error as Error;
      return { e: err?.message ?? String(error), n: err?.name };
    } finally {
      this.current = previous;
    }
  }

  private counted(
    exec: ExecutionState,
    target: ServiceObject,
    method: string,
    args: Wire[],
  ): unknown {
    const call = {
      service: target.service,
      method: `${target.typeName}.${method}`,
      cellsRead: 0,
      estimatedMs: 0,
    };
    exec.calls.push(call);
    this.cellsRead = 0;
    this.cellsWritten = 0;
    try {
      const { failAtCall, failMessage, timeBudgetMs } = exec.options;
      if (failAtCall !== undefined && exec.calls.length === failAtCall)
        throw new Error(failMessage ?? `Injected failure at call ${failAtCall}`);
      if (timeBudgetMs !== undefined && exec.estimatedMs > timeBudgetMs) {
        exec.killed = TIMEOUT_MESSAGE;
        throw new Error(TIMEOUT_MESSAGE);
      }
      this.checkPermission(exec, target, method);
      const fn = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
      return fn.apply(
        target,
        args.map((a) => decode(a, exec)),
      );
    } finally {
      call.cellsRead = this.cellsRead;
      call.estimatedMs = callCost(
        this.latency,
        target.service as ServiceName,
        target.typeName,
        method,
        {
          read: this.cellsRead,
          written: this.cellsWritten,
        },
      );
      exec.estimatedMs += call.estimatedMs;
    }
  }

  private checkPermission(exec: ExecutionState, target: ServiceObject, method: string): void {
    const cls = classOf(target);
    const writes = cls.writes.includes(method);
    const name = ROOT_TYPES.has(target.typeName) ? `${target.typeName}.${method}` : method;
    if (exec.authMode === 'CUSTOM_FUNCTION' && (writes || cls.needsAuth.includes(method)))
      throw noPermission(name);
    // Simple triggers (LIMITED) may not use services that need the user's authorisation.
    if (exec.authMode === 'LIMITED' && cls.needsFullAuth.includes(method)) throw noPermission(name);
    // An add-on not yet used in this document (NONE) may only build its menu.
    if (
      exec.authMode === 'NONE' &&
      !NONE_ALLOWED.has(`${target.typeName}.${method}`) &&
      !NONE_ALLOWED.has(target.typeName)
    )
      throw noPermission(name);
    // Someone the file is not shared with at all cannot open it, so cannot read it either.
    if (
      target.service === 'spreadsheet' &&
      target.typeName !== 'SpreadsheetApp' &&
      exec.effectiveUser.role === 'none'
    )
      throw new Error('You do not have permission to access the requested document.');
    // Granular consent: in FULL mode, a method whose scope the user did not grant fails.
    const needed = cls.scopes[method] ?? cls.scopes['*'];
    if (
      exec.authMode === 'FULL' &&
      needed !== undefined &&
      !hasGranted(exec.effectiveUser, this.state.oauthScopes, needed)
    )
      throw new Error(AUTHORIZATION_REQUIRED);
    if (writes && !canWrite(exec.effectiveUser))
      throw new Error('You do not have permission to access the requested document.');
  }
}

function canWrite(user: LocalUser): boolean {
  return user.role === 'owner' || user.role === 'editor';
}
