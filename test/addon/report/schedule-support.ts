/**
 * Helpers for the schedule tests: a runtime over the BUILT dist/Code.js with the add-on's
 * trigger rules on, calls made as google.script.run makes them, and copies of the bundle with
 * one guard removed (to show the tests fail without it).
 */
import { bundleWithoutGuard, type GuardPatch } from '../../support/patched-bundle';
import { LocalAppsScript, type TriggerInfo } from '../../../src/local/runtime';
import { USERS, type ApiAnswer } from '../database/support';
import { GUARDS } from '../database/variants';

export { EDITOR, EDITOR_ZH, OWNER, STRANGER, VIEWER, type ApiAnswer } from '../database/support';

/** The report trigger's handler (src/addon/report/job/feature.ts). */
export const HANDLER = 'runScheduledReport';
export const SCHEDULE_KEY = 'customerPyramid.report.schedule';

export interface ScheduleRuntimeOptions {
  /** Add-on trigger rules (one clock trigger per user per document). Default true. */
  addon?: boolean;
  bundlePath?: string;
  /** The spreadsheet's time zone (default Asia/Shanghai). */
  timeZone?: string;
  /** The script's time zone (default America/New_York, so the two differ). */
  scriptTimeZone?: string;
  now?: Date;
}

/** A spreadsheet in Asia/Shanghai, run by a script in America/New_York, with five users. */
export function scheduleRuntime(options: ScheduleRuntimeOptions = {}): LocalAppsScript {
  return new LocalAppsScript({
    ...(options.bundlePath ? { bundlePath: options.bundlePath } : {}),
    addon: options.addon ?? true,
    now: options.now ?? new Date('2025-06-10T09:00:00Z'),
    users: USERS,
    scriptTimeZone: options.scriptTimeZone ?? 'America/New_York',
    workbook: {
      timeZone: options.timeZone ?? 'Asia/Shanghai',
      sheets: [{ name: 'Customers', values: [['Customer ID', 'Name', 'Revenue']] }],
    },
  });
}

/** Calls a server function as google.script.run would; fails the test if the call itself failed. */
export function call<T = unknown>(
  rt: LocalAppsScript,
  fn: string,
  args: unknown[],
  user: string,
): ApiAnswer<T> {
  const e = rt.runFromBrowser<ApiAnswer<T>>(fn, args, { user });
  if (!e.ok) throw new Error(`${fn} itself failed: ${e.error?.message}`);
  return e.value!;
}

/** A valid weekly schedule input; override any field. */
export function weekly(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    frequency: 'weekly',
    weekday: 'MONDAY',
    monthDay: 1,
    hour: 8,
    recipients: 'owner@example.com\nvic@example.com',
    language: 'en',
    ...overrides,
  };
}

/** The report triggers in the runtime. */
export function reportTriggers(rt: LocalAppsScript, owner?: string): TriggerInfo[] {
  return rt.triggers
    .list()
    .filter((t) => t.handler === HANDLER && (owner === undefined || t.owner === owner));
}

/** The stored schedule document property, parsed, or null. */
export function storedSchedule(rt: LocalAppsScript): Record<string, unknown> | null {
  const text = rt.properties.document()[SCHEDULE_KEY];
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

/** Guards of the schedule, as they appear in dist/Code.js, and what replaces them. */
export const SCHEDULE_GUARDS = {
  /** installReportTrigger: delete the caller's report triggers before creating one. */
  deleteBeforeCreate: {
    find: /deleteTriggers\(\[ids\[\w+\]\]\);\s*const clock = /,
    replace: 'const clock = ',
  },
  /** saveScheduleAs: refuse a save over another user's schedule without takeOver. */
  ownerCheck: {
    find: /if \(otherOwner !== null && !input\.takeOver\)/,
    replace: 'if (false)',
  },
  /** withDocumentLock: take the lock or answer busy. */
  lock: GUARDS.lock,
} as const satisfies Record<string, GuardPatch>;

/** dist/ with `guard` removed, in a temp folder; returns its Code.js path. */
export function scheduleBundleWithout(guard: keyof typeof SCHEDULE_GUARDS): string {
  return bundleWithoutGuard(guard, SCHEDULE_GUARDS[guard]);
}
