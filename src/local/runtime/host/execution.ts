import type { Execution, LocalUser, RunOptions, ServiceName } from '../types';
import type { HandleTable } from './codec';
import type { CallingExecution, ExecutionKind, ServiceObject } from '../services/service-object';

/** The host's record of one live or finished execution. */
export class ExecutionState implements HandleTable, CallingExecution {
  readonly calls: {
    service: ServiceName;
    method: string;
    cellsRead: number;
    estimatedMs: number;
  }[] = [];
  readonly logs: string[] = [];
  readonly lockKeys = new Set<string>();
  estimatedMs = 0;
  cpuMs = 0;
  /** Set once the time budget is exceeded: every further call fails. */
  killed: string | undefined;
  /** True while run by the concurrent scheduler (lock waits are simulated there). */
  concurrent = false;
  private readonly handles: ServiceObject[] = [];
  private readonly handleIds = new Map<ServiceObject, number>();

  constructor(
    readonly id: number,
    readonly kind: ExecutionKind,
    /** Who is at the keyboard (Session.getActiveUser). */
    readonly user: LocalUser,
    /** Whose authority the code runs with (the trigger's owner for triggers). */
    readonly effectiveUser: LocalUser,
    readonly authMode: NonNullable<RunOptions['authMode']>,
    readonly options: RunOptions,
  ) {}

  handleOf(obj: ServiceObject): number {
    let id = this.handleIds.get(obj);
    if (id === undefined) {
      id = this.handles.length;
      this.handles.push(obj);
      this.handleIds.set(obj, id);
    }
    return id;
  }

  objectAt(handle: number): ServiceObject {
    const obj = this.handles[handle];
    if (!obj) throw new Error(`Invalid object handle ${handle}`);
    return obj;
  }

  /** The public record. */
  toExecution<T>(
    result: { ok: true; value: T } | { ok: false; error: { message: string; stack?: string } },
  ): Execution<T> {
    const calls = this.calls.map((c) => ({ ...c }));
    return {
      ...result,
      calls,
      callCount: calls.length,
      count: (service: string) => calls.filter((c) => c.service === service).length,
      cellsRead: calls.reduce((sum, c) => sum + c.cellsRead, 0),
      estimatedMs: Math.round(this.estimatedMs * 1000) / 1000,
      cpuMs: Math.round(this.cpuMs * 1000) / 1000,
      logs: [...this.logs],
    };
  }
}
