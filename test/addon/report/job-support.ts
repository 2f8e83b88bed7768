/**
 * Helpers for the report job's tests: a set-up book in the runtime over the BUILT bundle, a
 * saved schedule (written as saveSchedule would, until the schedule dialog lands), edits to
 * Customers, and views of Tier History and the sent digests.
 */
import { LocalAppsScript, type CellValue, type SentMail } from '../../../src/local/runtime';
import type { ReportSchedule } from '../../../src/core/report/schedule';
import {
  CONTACT_HEADERS,
  CUSTOMER_HEADERS,
  customerRows,
  OWNER,
  setUp,
  USERS,
} from '../database/support';

export { OWNER };
export const SCHEDULE_KEY = 'customerPyramid.report.schedule';
export const RECIPIENTS = ['ann@example.com', 'li@example.com', 'vic@example.com'];

export interface JobBookOptions {
  customers?: number;
  timeZone?: string;
  scriptTimeZone?: string;
  now?: Date;
  mailDailyQuota?: number;
  /** Another build of the bundle (see job-variants.ts). */
  bundlePath?: string;
}

/** A set-up book with n customers (C0001 best), the clock at `now`. */
export function jobRuntime(options: JobBookOptions = {}): LocalAppsScript {
  const n = options.customers ?? 100;
  const rt = new LocalAppsScript({
    ...(options.bundlePath ? { bundlePath: options.bundlePath } : {}),
    now: options.now ?? new Date('2026-12-07T01:00:00Z'),
    users: USERS,
    ...(options.scriptTimeZone ? { scriptTimeZone: options.scriptTimeZone } : {}),
    ...(options.mailDailyQuota !== undefined ? { mailDailyQuota: options.mailDailyQuota } : {}),
    workbook: {
      name: 'Key accounts',
      timeZone: options.timeZone ?? 'Asia/Shanghai',
      sheets: [
        { name: 'Customers', values: [CUSTOMER_HEADERS, ...customerRows(n)] },
        { name: 'Contacts', values: [CONTACT_HEADERS] },
      ],
    },
  });
  setUp(rt);
  return rt;
}

/** Saves a schedule the way saveSchedule does (one JSON document property). */
export function saveSchedule(
  rt: LocalAppsScript,
  overrides: Partial<ReportSchedule> = {},
): ReportSchedule {
  const schedule: ReportSchedule = {
    frequency: 'weekly',
    weekday: 'MONDAY',
    monthDay: 1,
    hour: 9,
    recipients: RECIPIENTS,
    language: 'en',
    owner: OWNER,
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
  rt.host.state.documentProperties.set(SCHEDULE_KEY, JSON.stringify(schedule));
  return schedule;
}

/** Installs a weekly report trigger owned by `owner`, as the schedule dialog would. */
export function installTrigger(rt: LocalAppsScript, owner: string): string {
  const uniqueId = String(1000 + rt.host.state.triggers.length);
  rt.host.state.triggers.push({
    uniqueId,
    handler: 'runScheduledReport',
    owner,
    eventType: 'CLOCK',
    source: 'CLOCK',
    time: { everyWeeks: 1, onWeekDay: 'MONDAY', atHour: 9 },
    createdAt: rt.clock.now().getTime(),
    nextDue: rt.clock.now().getTime() + 3_600_000,
  });
  return uniqueId;
}

/** Changes customers' cells by id: `{ C0007: { Revenue: 5 } }`; `null` deletes the row. */
export function editCustomers(
  rt: LocalAppsScript,
  edits: Record<string, Record<string, CellValue> | null>,
  added: Record<string, CellValue>[] = [],
): void {
  const [header, ...rows] = rt.workbook.values('Customers');
  const col = (name: string): number => header!.indexOf(name);
  const kept = rows.filter((r) => edits[String(r[0])] !== null);
  for (const r of kept) {
    const edit = edits[String(r[0])];
    if (edit) for (const [k, v] of Object.entries(edit)) r[col(k)] = v;
  }
  for (const a of added) {
    const r: CellValue[] = header!.map(() => '');
    for (const [k, v] of Object.entries(a)) r[col(k)] = v;
    kept.push(r);
  }
  rt.workbook.setValues('Customers', [header!, ...kept]);
}

/** Tier History as objects by header (no header row). */
export function historyRows(rt: LocalAppsScript): Record<string, CellValue>[] {
  if (!rt.workbook.sheetNames().includes('Tier History')) return [];
  const [header, ...rows] = rt.workbook.values('Tier History');
  return rows
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]!])));
}

/** The owner's mails about a run: a failure, or something that needs their attention. */
const ALERT = /failed|失败|needs your attention|需要您注意/;

/** Digests in the outbox (not alerts). */
export function digests(rt: LocalAppsScript): SentMail[] {
  return rt.mail.outbox.filter((m) => !ALERT.test(m.subject));
}

/** Alert mails in the outbox (failures and notices). */
export function alerts(rt: LocalAppsScript): SentMail[] {
  return rt.mail.outbox.filter((m) => ALERT.test(m.subject));
}

/** Runs Send report now as `user`; returns the alert it showed. */
export function sendNow(rt: LocalAppsScript, user = OWNER): string {
  const before = rt.ui.alerts.length;
  const e = rt.run('sendReportNow', [], { user });
  if (!e.ok) throw new Error(`sendReportNow threw: ${e.error?.message}`);
  const shown = rt.ui.alerts.slice(before);
  return shown.map((a) => a.prompt).join('\n');
}

/** Runs the trigger handler as the trigger's user. */
export function runTrigger(
  rt: LocalAppsScript,
  user = OWNER,
  opts: { failAtCall?: number; timeBudgetMs?: number } = {},
) {
  return rt.run<string>('runScheduledReport', [], { user, authMode: 'FULL', ...opts });
}
