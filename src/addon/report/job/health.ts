/**
 * Records how a run went, so that failures are visible: last success, last error, what the
 * last run left undone (recipients skipped, rows not applied, a new baseline), and — when a
 * scheduled run failed or left something undone — one mail a day to the schedule's owner.
 * The alert day is stored before the mail is sent, so a run that dies in between cannot send
 * a second one; the owner is mailed only while they can open the spreadsheet.
 */
import { dayInZone } from '../../../core/calendar';
import { fillTemplate, localize } from '../../../core/i18n';
import type { ReportSchedule } from '../../../core/report/schedule';
import { SharingNow } from '../../server/access';
import { loadHealth, saveHealth, type ReportHealth } from '../health-store';
import { JOB_MESSAGES } from './messages';

/** What the last finished run left undone or found. */
export type RunNotes = NonNullable<ReportHealth['lastRun']>;

/** Something in the notes the schedule's owner should hear about. */
export const worthTelling = (n: RunNotes): boolean =>
  n.skipped.length > 0 || n.ignoredRows.length > 0 || n.newBaseline !== null;

export interface AlertTo {
  /** The schedule whose owner is told; null: tell nobody (the person at the menu sees it). */
  readonly schedule: ReportSchedule | null;
  readonly timeZone: string;
  /** Who can open the spreadsheet, as asked in this execution (asked here when absent). */
  readonly sharing?: SharingNow;
}

/**
 * Mails the owner of `to.schedule` unless they were told today or cannot open the
 * spreadsheet; `health` is saved first, with the alert day when a mail is sent.
 */
function saveAndAlert(
  health: ReportHealth,
  to: AlertTo,
  text: (name: string, at: string, url: string) => { subject: string; body: string },
): void {
  const now = new Date();
  const today = dayInZone(now, to.timeZone);
  const owner = to.schedule?.owner.trim().toLowerCase();
  if (!owner || health.lastAlertDay === today) {
    saveHealth(health);
    return;
  }
  const ss = SpreadsheetApp.getActive();
  if (!(to.sharing ?? new SharingNow(ss)).canOpen().includes(owner)) {
    saveHealth(health);
    return;
  }
  saveHealth({ ...health, lastAlertDay: today });
  const mail = text(ss.getName(), `${today} (${to.timeZone})`, ss.getUrl());
  MailApp.sendEmail(owner, mail.subject, mail.body);
}

/** Stores the time of a run that finished and its notes; tells the owner what needs them. */
export function recordSuccess(notes: RunNotes | null = null, to?: AlertTo): void {
  const health: ReportHealth = { ...loadHealth(), lastSuccess: new Date().toISOString() };
  if (notes) health.lastRun = notes;
  if (!notes || !to || !worthTelling(notes)) {
    saveHealth(health);
    return;
  }
  try {
    saveAndAlert(health, to, (name, at, url) => {
      const locale = to.schedule!.language;
      return {
        subject: fillTemplate(localize(JOB_MESSAGES.noticeSubject, locale), { name }),
        body: fillTemplate(localize(JOB_MESSAGES.noticeBody, locale), {
          name,
          at,
          url,
          notes: notesText(notes, locale),
        }),
      };
    });
  } catch {
    // Best effort: the run itself finished and is recorded.
  }
}

/** The notes in words, one paragraph each. */
export function notesText(notes: RunNotes, locale: ReportSchedule['language']): string {
  const t = (key: keyof typeof JOB_MESSAGES, values: Record<string, string | number>) =>
    fillTemplate(localize(JOB_MESSAGES[key], locale), values);
  const lines: string[] = [];
  if (notes.skipped.length > 0) lines.push(t('skipped', { list: notes.skipped.join(', ') }));
  if (notes.newBaseline !== null)
    lines.push(
      notes.newBaseline === 'lost'
        ? t('newBaselineLost', {})
        : t('newBaselineDamaged', { detail: notes.newBaseline }),
    );
  if (notes.ignoredRows.length > 0)
    lines.push(t('ignoredRows', { rows: notes.ignoredRows.join(', ') }));
  return lines.join('\n\n');
}

/**
 * Stores the error; with a schedule in `to`, mails its owner unless they were already told
 * today. Never throws: it runs when something already went wrong.
 */
export function recordFailure(message: string, to: AlertTo): void {
  try {
    const health = { ...loadHealth(), lastError: { at: new Date().toISOString(), message } };
    saveAndAlert(health, to, (name, at, url) => {
      const locale = to.schedule!.language;
      return {
        subject: fillTemplate(localize(JOB_MESSAGES.alertSubject, locale), { name }),
        body: fillTemplate(localize(JOB_MESSAGES.alertBody, locale), { name, at, message, url }),
      };
    });
  } catch {
    // The health record is best effort: the run's own error is what matters.
  }
}
