/**
 * The report job's entry points: Send report now (menu) and the time-driven trigger's
 * handler, which the schedule installs under the name {@link REPORT_TRIGGER_HANDLER}.
 */
import { fillTemplate, localize, type Locale } from '../../../core/i18n';
import type { ReportSchedule } from '../../../core/report/schedule';
import { openContext, type DbContext } from '../../database/context';
import type { Feature } from '../../entry-points';
import { userLocale } from '../../locale';
import { loadSchedule } from '../schedule-store';
import { recordFailure, recordSuccess } from './health';
import { JOB_MESSAGES } from './messages';
import { runReportJob, type JobOutcome } from './run-job';
import { REPORT_TRIGGER_HANDLER, removeOwnReportTriggers } from '../report-trigger';

const emailOf = (s: string): string => s.trim().toLowerCase();
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The unique id of the trigger that fired, from its event (absent when run by hand). */
function firedTriggerUid(event: unknown): string | undefined {
  const uid = (event as { triggerUid?: unknown } | undefined)?.triggerUid;
  return typeof uid === 'string' || typeof uid === 'number' ? String(uid) : undefined;
}

/**
 * The trigger's handler. It runs as the user who installed the trigger: when no schedule is
 * saved, or the schedule now belongs to someone else (they took it over), this trigger is a
 * leftover — it removes itself and sends nothing. A failure is recorded, the owner alerted
 * (at most once a day), and rethrown so Apps Script marks the execution failed.
 */
export function runScheduledReport(event?: unknown): string {
  const schedule = loadSchedule();
  const me = emailOf(Session.getEffectiveUser().getEmail());
  if (!schedule || emailOf(schedule.owner) !== me) {
    const removed = removeOwnReportTriggers(me, firedTriggerUid(event));
    return `no schedule of ${me}: removed ${removed} trigger(s)`;
  }
  let ctx: DbContext | undefined;
  try {
    ctx = openContext({ freshTimeZone: true });
    const outcome = runReportJob(ctx, schedule);
    if (outcome.failure)
      throw new Error(`${outcome.failure.recipient}: ${outcome.failure.message}`);
    recordSuccess();
    return `${outcome.run}: ${outcome.changes} change(s); sent to ${outcome.sent.length}`;
  } catch (error) {
    recordFailure(messageOf(error), {
      alert: schedule,
      timeZone: ctx?.timeZone ?? Session.getScriptTimeZone(),
    });
    throw error;
  }
}

/** The menu's message: what was sent to whom, what waits, what changed. */
function outcomeMessage(o: JobOutcome, schedule: ReportSchedule | null, locale: Locale): string {
  const t = (key: keyof typeof JOB_MESSAGES, values: Record<string, string | number> = {}) =>
    fillTemplate(localize(JOB_MESSAGES[key], locale), values);
  const lines: string[] = [];
  lines.push(
    o.baseline ? t('baseline', { count: o.customers }) : t('changes', { count: o.changes }),
  );
  if (!schedule) lines.push(t('noSchedule'));
  if (o.sent.length > 0) lines.push(t('sent', { list: o.sent.join(', ') }));
  if (o.alreadySent.length > 0)
    lines.push(t('alreadySent', { period: o.period ?? '', list: o.alreadySent.join(', ') }));
  if (o.waitingForQuota.length > 0)
    lines.push(t('waitingQuota', { list: o.waitingForQuota.join(', ') }));
  if (o.failure) lines.push(`${t('failed')} ${o.failure.recipient}: ${o.failure.message}`);
  return lines.join('\n\n');
}

/** Menu: Send report now. The same job, as the active user, with a message saying what it did. */
export function sendReportNow(): void {
  let locale: Locale = userLocale();
  let ctx: DbContext | undefined;
  let message: string;
  try {
    ctx = openContext({ freshTimeZone: true });
    locale = ctx.locale;
    const schedule = loadSchedule();
    const outcome = runReportJob(ctx, schedule);
    if (outcome.failure)
      recordFailure(`${outcome.failure.recipient}: ${outcome.failure.message}`, {
        alert: null,
        timeZone: ctx.timeZone,
      });
    else recordSuccess();
    message = outcomeMessage(outcome, schedule, locale);
  } catch (error) {
    recordFailure(messageOf(error), {
      alert: null,
      timeZone: ctx?.timeZone ?? Session.getScriptTimeZone(),
    });
    message = `${localize(JOB_MESSAGES.failed, locale)}\n\n${messageOf(error)}`;
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(localize(JOB_MESSAGES.title, locale), message, ui.ButtonSet.OK);
}

export function jobFeature(): Feature {
  return {
    entryPoints: {
      sendReportNow: { kind: 'menu', fn: sendReportNow },
      [REPORT_TRIGGER_HANDLER]: { kind: 'trigger', fn: runScheduledReport },
    },
    menu: [
      {
        label: { en: 'Send report now', zh: '立即发送报告' },
        handler: 'sendReportNow',
        separatorBefore: true,
      },
    ],
    triggerHandlers: [REPORT_TRIGGER_HANDLER],
  };
}
