/**
 * The report job's entry points: Send report now (menu) and the time-driven trigger's
 * handler, which the schedule installs under the name {@link REPORT_TRIGGER_HANDLER}.
 */
import { fillTemplate, localize, type Locale } from '../../../core/i18n';
import type { ReportSchedule } from '../../../core/report/schedule';
import { openContext, type DbContext } from '../../database/context';
import type { Feature } from '../../entry-points';
import { userLocale } from '../../locale';
import {
  activeUserEmail,
  addonCell,
  requireEditor,
  requireEmail,
  SharingNow,
} from '../../server/access';
import { ApiFailure } from '../../server/api-failure';
import { loadSchedule } from '../schedule-store';
import { notesText, recordFailure, recordSuccess } from './health';
import { JOB_MESSAGES } from './messages';
import { runReportJob, type JobOutcome } from './run-job';
import { REPORT_TRIGGER_HANDLER } from '../report-trigger';

const emailOf = (s: string): string => s.trim().toLowerCase();
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The unique id of the trigger that fired, from its event (absent when run by hand). */
function firedTriggerUid(event: unknown): string | undefined {
  const uid = (event as { triggerUid?: unknown } | undefined)?.triggerUid;
  return typeof uid === 'string' || typeof uid === 'number' ? String(uid) : undefined;
}

/**
 * The trigger's handler. It runs as the user who installed the trigger. Under the lock it
 * reads the schedule: when none is saved, or it now belongs to someone else (they took it
 * over), or another trigger is recorded for it, this trigger is a leftover — it removes
 * itself and sends nothing. An owner who can no longer edit the spreadsheet is refused before
 * anything is read. A failure is recorded, the owner alerted (at most once a day),
 * and rethrown so Apps Script marks the execution failed.
 */
export function runScheduledReport(event?: unknown): string {
  const me = emailOf(Session.getEffectiveUser().getEmail());
  let ctx: DbContext | undefined;
  const sharing = new SharingNow(() => ctx?.ss ?? SpreadsheetApp.getActive());
  let schedule: ReportSchedule | null = null;
  let recorded = false;
  try {
    // An owner who may no longer edit (demoted or removed) runs nothing: not even the
    // remembered layout is written, only the failure is recorded.
    requireEditor(() => addonCell(SpreadsheetApp.getActive()), userLocale());
    const result = runReportJob(
      userLocale(),
      { kind: 'trigger', me, firedUid: firedTriggerUid(event) },
      () => (ctx = openContext({ freshTimeZone: true })),
      sharing,
    );
    if (result.kind === 'stale')
      return `not the schedule's current run (${me}): removed ${result.removedTriggers} trigger(s)`;
    schedule = result.schedule;
    const { outcome } = result;
    const to = { schedule, timeZone: ctx!.timeZone, sharing };
    if (outcome.failure) {
      const message = `${outcome.failure.recipient}: ${outcome.failure.message}`;
      recordFailure(message, to);
      recorded = true;
      throw new Error(message);
    }
    recordSuccess(outcome.notes, to);
    return `${outcome.run}: ${outcome.changes} change(s); sent to ${outcome.sent.length}`;
  } catch (error) {
    if (!recorded) {
      // Whom to alert: the owner of the schedule saved now, when this trigger runs for them.
      const current = schedule ?? safeSchedule();
      recordFailure(messageOf(error), {
        schedule: current && emailOf(current.owner) === me ? current : null,
        timeZone: ctx?.timeZone ?? Session.getScriptTimeZone(),
        sharing,
      });
    }
    throw error;
  }
}

function safeSchedule(): ReportSchedule | null {
  try {
    return loadSchedule();
  } catch {
    return null;
  }
}

/** The menu's message: what was sent to whom, what waits, what changed, what needs a look. */
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
  const notes = notesText(o.notes, locale);
  if (notes !== '') lines.push(notes);
  if (o.failure) lines.push(`${t('failed')} ${o.failure.recipient}: ${o.failure.message}`);
  return lines.join('\n\n');
}

/**
 * Menu: Send report now. The same job, as the active user, with a message saying what it did.
 * Only an editor may run it: anyone else is refused before anything is read or recorded.
 */
export function sendReportNow(): void {
  let locale: Locale = userLocale();
  const ui = SpreadsheetApp.getUi();
  const title = (): string => localize(JOB_MESSAGES.title, locale);
  const ss = SpreadsheetApp.getActive();
  const me = activeUserEmail();
  const sharing = new SharingNow(ss, me);
  try {
    requireEmail(me, locale);
    requireEditor(() => addonCell(ss), locale);
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    ui.alert(title(), error.message, ui.ButtonSet.OK);
    return;
  }
  let ctx: DbContext | undefined;
  let message: string;
  try {
    const result = runReportJob(
      locale,
      { kind: 'menu' },
      () => (ctx = openContext({ freshTimeZone: true })),
      sharing,
    );
    if (result.kind === 'stale') throw new Error('unreachable: a menu run is never stale');
    const { outcome, schedule } = result;
    locale = ctx!.locale;
    // The person at the menu reads what happened; the owner hears of what needs them.
    const to = { schedule, timeZone: ctx!.timeZone, sharing };
    if (outcome.failure)
      recordFailure(`${outcome.failure.recipient}: ${outcome.failure.message}`, {
        ...to,
        schedule: null,
      });
    else recordSuccess(outcome.notes, to);
    message = outcomeMessage(outcome, schedule, locale);
  } catch (error) {
    recordFailure(messageOf(error), {
      schedule: null,
      timeZone: ctx?.timeZone ?? Session.getScriptTimeZone(),
      sharing,
    });
    message = `${localize(JOB_MESSAGES.failed, locale)}\n\n${messageOf(error)}`;
  }
  ui.alert(title(), message, ui.ButtonSet.OK);
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
