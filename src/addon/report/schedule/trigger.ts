/**
 * The schedule's one time-driven trigger. Apps Script shows each user only their own
 * triggers, so these functions act on the caller's triggers for the report handler only.
 * Installing deletes those first: installing again replaces the trigger instead of adding
 * one (promise 4), and an add-on may hold only one clock trigger per user per document.
 */
import type { ValidScheduleInput } from './contract';
import { REPORT_TRIGGER_HANDLER } from '../job/feature';

/** Deletes the caller's report triggers; returns how many there were. */
export function removeOwnReportTriggers(): number {
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() !== REPORT_TRIGGER_HANDLER) continue;
    ScriptApp.deleteTrigger(trigger);
    removed++;
  }
  return removed;
}

/** Replaces the caller's report trigger with one that fires as `schedule` says, in `timeZone`. */
export function installReportTrigger(
  schedule: Pick<ValidScheduleInput, 'frequency' | 'weekday' | 'monthDay' | 'hour'>,
  timeZone: string,
): void {
  removeOwnReportTriggers();
  const clock = ScriptApp.newTrigger(REPORT_TRIGGER_HANDLER).timeBased();
  const when =
    schedule.frequency === 'daily'
      ? clock.everyDays(1)
      : schedule.frequency === 'weekly'
        ? clock.onWeekDay(ScriptApp.WeekDay[schedule.weekday])
        : clock.onMonthDay(schedule.monthDay);
  when.atHour(schedule.hour).inTimezone(timeZone).create();
}
