/**
 * Records how a run went, so that failures are visible: last success, last error, and — for a scheduled run
 * that failed — one alert mail a day to the schedule's owner. The alert day is stored
 * before the mail is sent, so a run that dies in between cannot send a second alert.
 */
import { dayInZone } from '../../../core/calendar';
import { fillTemplate, localize } from '../../../core/i18n';
import type { ReportSchedule } from '../../../core/report/schedule';
import { loadHealth, saveHealth } from '../health-store';
import { JOB_MESSAGES } from './messages';

/** Stores the time of a run that finished. */
export function recordSuccess(): void {
  saveHealth({ ...loadHealth(), lastSuccess: new Date().toISOString() });
}

/**
 * Stores the error; with `alert`, mails the schedule's owner unless they were already told
 * today (in `timeZone`). Never throws: it runs when something already went wrong.
 */
export function recordFailure(
  message: string,
  options: { alert: ReportSchedule | null; timeZone: string },
): void {
  try {
    const now = new Date();
    const health = { ...loadHealth(), lastError: { at: now.toISOString(), message } };
    const schedule = options.alert;
    const today = dayInZone(now, options.timeZone);
    if (!schedule || health.lastAlertDay === today) {
      saveHealth(health);
      return;
    }
    saveHealth({ ...health, lastAlertDay: today });
    const ss = SpreadsheetApp.getActive();
    const name = ss.getName();
    const locale = schedule.language;
    MailApp.sendEmail(
      schedule.owner,
      fillTemplate(localize(JOB_MESSAGES.alertSubject, locale), { name }),
      fillTemplate(localize(JOB_MESSAGES.alertBody, locale), {
        name,
        at: `${today} (${options.timeZone})`,
        message,
        url: ss.getUrl(),
      }),
    );
  } catch {
    // The health record is best effort: the run's own error is what matters.
  }
}
