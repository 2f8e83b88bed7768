/**
 * The model test's world: one shared book in the local runtime over the BUILT bundle, the
 * model of what should be true of it, and the step that applies one operation and then
 * checks every invariant (see invariants.ts). A violation is a sentence; a sequence that
 * produces none kept every promise after every step.
 */
import type {
  ConcurrentRun,
  Execution,
  LocalAppsScript,
  RunOptions,
} from '../../src/local/runtime';
import { form, newRuntime, OWNER, setUp, type ApiAnswer } from '../addon/database/support';
import { reportTriggers, weekly } from '../addon/report/schedule-support';
import { checkStep, observe, type LogAttempt, type Observation } from './invariants';
import { CUSTOMERS, PEOPLE, type Exec, type Fault, type Op, type Person } from './ops';

/** Counts over one or many sequences. */
export interface Stats {
  sequences: number;
  ops: Record<string, number>;
  executions: number;
  faults: number;
  interleavings: number;
  violations: number;
}

export const emptyStats = (): Stats => ({
  sequences: 0,
  ops: {},
  executions: 0,
  faults: 0,
  interleavings: 0,
  violations: 0,
});

/** A form the model has submitted: the same key is the same form (a double submit). */
export interface SubmittedForm {
  readonly form: Record<string, unknown>;
  readonly user: Person;
}

/** What the model knows, kept across steps. */
export interface ModelState {
  /** Request id → the form. */
  readonly forms: Map<string, SubmittedForm>;
  /** Request id → accepted (answered ok), maybe (failed or killed: reconciled by request id), refused. */
  readonly logs: Map<string, 'accepted' | 'maybe' | 'refused'>;
  /** Headers renamed away from their names now. */
  readonly renamed: Set<'Revenue' | 'Name'>;
  /** (recipient, period) of every digest sent so far. */
  readonly digestsSent: Set<string>;
  previous: Observation;
}

export interface BundleOptions {
  bundlePath?: string;
}

export class ModelWorld {
  readonly rt: LocalAppsScript;
  readonly model: ModelState;
  private readonly columns: { revenue: number; name: number };

  constructor(
    readonly stats: Stats,
    options: BundleOptions = {},
  ) {
    this.rt = newRuntime({ customers: CUSTOMERS, ...options });
    setUp(this.rt);
    const header = this.rt.workbook.values('Customers')[0]!;
    this.columns = { revenue: header.indexOf('Revenue'), name: header.indexOf('Name') };
    this.model = {
      forms: new Map(),
      logs: new Map(),
      renamed: new Set(),
      digestsSent: new Set(),
      previous: observe(this.rt),
    };
    stats.sequences++;
  }

  role(email: string): string {
    return this.rt.host.state.users.find((u) => u.email === email)!.role;
  }

  /** Applies one operation, then checks every invariant; returns the violations. */
  async step(op: Op): Promise<string[]> {
    const name = op.t === 'exec' ? op.exec.t : op.t;
    this.stats.ops[name] = (this.stats.ops[name] ?? 0) + 1;
    const rolesBefore = Object.fromEntries(PEOPLE.map((p) => [p, this.role(p)]));
    const attempts: LogAttempt[] = [];
    const actors: string[] = [];
    let reportRan = false;
    let triggerRun = false;
    switch (op.t) {
      case 'share':
        this.rt.host.state.users.find((u) => u.email === op.user)!.role = op.role;
        break;
      case 'rename': {
        const values = this.rt.workbook.values('Customers');
        const col = op.header === 'Revenue' ? this.columns.revenue : this.columns.name;
        values[0]![col] = op.renamed ? `${op.header} (renamed)` : op.header;
        this.rt.workbook.setValues('Customers', values);
        if (op.renamed) this.model.renamed.add(op.header);
        else this.model.renamed.delete(op.header);
        break;
      }
      case 'edit': {
        const values = this.rt.workbook.values('Customers');
        values[op.customer + 1]![this.columns.revenue] = op.revenue;
        this.rt.workbook.setValues('Customers', values);
        break;
      }
      case 'advance':
        this.rt.clock.advance(op.hours * 3_600_000);
        reportRan = this.rt.fireDueTriggers().length > 0;
        this.stats.executions += reportRan ? 1 : 0;
        break;
      case 'exec': {
        const run = this.prepare(op.exec);
        if (!run) break;
        if (op.fault) this.stats.faults++;
        const e = this.execute(run, op.fault);
        this.stats.executions++;
        this.noteOutcome(op.exec, e, op.fault !== undefined, attempts);
        actors.push(this.actorOf(run));
        reportRan = isReport(op.exec);
        triggerRun = op.exec.t === 'trigger';
        break;
      }
      case 'pair': {
        const a = this.prepare(op.a);
        const b = this.prepare(op.b);
        if (!a || !b) break;
        if (op.fault) this.stats.faults++;
        this.stats.interleavings++;
        this.stats.executions += 2;
        const [ea, eb] = await this.rt.runConcurrently([withFault(a, op.fault), b], {
          seed: op.seed,
        });
        this.noteOutcome(op.a, ea!, op.fault !== undefined, attempts);
        this.noteOutcome(op.b, eb!, false, attempts);
        actors.push(this.actorOf(a), this.actorOf(b));
        reportRan = isReport(op.a) || isReport(op.b);
        triggerRun = op.a.t === 'trigger' || op.b.t === 'trigger';
        break;
      }
    }
    const now = observe(this.rt);
    const violations = checkStep(
      {
        model: this.model,
        before: this.model.previous,
        after: now,
        rolesBefore,
        attempts,
        actors,
        reportRan,
        triggerRun,
        timeZone: 'Asia/Shanghai',
      },
      this.rt.mail.outbox,
    );
    this.model.previous = now;
    this.stats.violations += violations.length;
    return violations;
  }

  private actorOf(run: ConcurrentRun): string {
    return run.opts?.user ?? OWNER;
  }

  /** The execution an Exec stands for, or undefined when it cannot happen now. */
  private prepare(exec: Exec): ConcurrentRun | undefined {
    switch (exec.t) {
      case 'log': {
        const requestId = `m-${exec.key}`;
        let submitted = this.model.forms.get(requestId);
        if (!submitted) {
          submitted = {
            user: exec.user,
            form: form({
              requestId,
              customerId: `C${String(exec.customer + 1).padStart(4, '0')}`,
              summary: exec.summary,
            }),
          };
          this.model.forms.set(requestId, submitted);
        }
        return {
          fn: 'sidebarLogInteraction',
          args: [submitted.form],
          opts: { user: submitted.user },
          browser: true,
        };
      }
      case 'recalc':
        return { fn: 'recalculateTiers', opts: { user: exec.user } };
      case 'setup':
        if (this.rt.host.state.ui.responses.length === 0) this.rt.ui.respondWith('OK');
        return { fn: 'setUpSheets', opts: { user: exec.user } };
      case 'save':
        return {
          fn: 'scheduleSave',
          args: [
            weekly({
              hour: exec.hour,
              recipients: exec.recipients.join('\n'),
              takeOver: exec.takeOver,
            }),
          ],
          opts: { user: exec.user },
          browser: true,
        };
      case 'stop':
        return { fn: 'scheduleStop', args: [], opts: { user: exec.user }, browser: true };
      case 'sendNow':
        return { fn: 'sendReportNow', opts: { user: exec.user } };
      case 'trigger': {
        const t = reportTriggers(this.rt)[0];
        if (!t) return undefined;
        return {
          fn: 'runScheduledReport',
          opts: { user: t.owner, authMode: 'FULL', event: { triggerUid: t.uniqueId } },
        };
      }
    }
  }

  private execute(run: ConcurrentRun, fault: Fault | undefined): Execution {
    const { fn, args = [], opts = {} } = withFault(run, fault);
    return run.browser ? this.rt.runFromBrowser(fn, args, opts) : this.rt.run(fn, args, opts);
  }

  private noteOutcome(exec: Exec, e: Execution, uncertain: boolean, out: LogAttempt[]): void {
    if (exec.t !== 'log') return;
    const requestId = `m-${exec.key}`;
    const answer = e.value as ApiAnswer | undefined;
    const outcome =
      e.ok && answer?.ok === true ? 'accepted' : uncertain || !e.ok ? 'maybe' : 'refused';
    out.push({ requestId, user: this.model.forms.get(requestId)!.user, outcome });
    const was = this.model.logs.get(requestId);
    if (was === 'accepted' || (was === 'maybe' && outcome === 'refused')) return;
    this.model.logs.set(requestId, outcome);
  }
}

function isReport(exec: Exec): boolean {
  return exec.t === 'sendNow' || exec.t === 'trigger';
}

function withFault(run: ConcurrentRun, fault: Fault | undefined): ConcurrentRun {
  if (!fault) return run;
  const opts: RunOptions = {
    ...run.opts,
    ...('failAt' in fault ? { failAtCall: fault.failAt } : { timeBudgetMs: fault.budgetMs }),
  };
  return { ...run, opts };
}

/** Runs one sequence in a fresh world; returns the first violations with the step they followed. */
export async function runSequence(
  ops: readonly Op[],
  stats: Stats,
  options: BundleOptions = {},
): Promise<{ step: number; op: Op; violations: string[] } | undefined> {
  const world = new ModelWorld(stats, options);
  for (let i = 0; i < ops.length; i++) {
    const violations = await world.step(ops[i]!);
    if (violations.length > 0) return { step: i, op: ops[i]!, violations };
  }
  return undefined;
}
