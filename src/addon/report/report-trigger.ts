/**
 * The report's time-driven trigger, known by its unique id. In an editor add-on,
 * `ScriptApp.getProjectTriggers()` lists the user's triggers of the add-on in every document,
 * so deleting "every trigger with our handler name" would also stop the same user's report in
 * their other spreadsheets. Each user's trigger id for this spreadsheet is kept in a document
 * property, and only that trigger, or the one firing now, is ever deleted.
 */
import type { ReportFrequency, Weekday } from '../../core/report/schedule';

/** The handler name the schedule's time-driven trigger is created with. */
export const REPORT_TRIGGER_HANDLER = 'runScheduledReport';

/** Document property: email → unique id of that user's report trigger for this spreadsheet. */
const KEY = 'customerPyramid.report.triggers';

type TriggerIds = Record<string, string>;

function loadIds(): TriggerIds {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  const ids: TriggerIds = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object')
      for (const [email, id] of Object.entries(parsed)) if (typeof id === 'string') ids[email] = id;
  } catch {
    // A damaged record only means a trigger is not deleted here; it removes itself when it fires.
  }
  return ids;
}

function saveIds(ids: TriggerIds): void {
  const props = PropertiesService.getDocumentProperties();
  if (Object.keys(ids).length === 0) props.deleteProperty(KEY);
  else props.setProperty(KEY, JSON.stringify(ids));
}

/** Deletes the caller's report triggers whose id is one of `ids`; returns how many. */
function deleteTriggers(ids: readonly (string | undefined)[]): number {
  const wanted = new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''));
  if (wanted.size === 0) return 0;
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() !== REPORT_TRIGGER_HANDLER) continue;
    if (!wanted.has(trigger.getUniqueId())) continue;
    ScriptApp.deleteTrigger(trigger);
    removed++;
  }
  return removed;
}

/** The unique id recorded for `email`'s report trigger of this spreadsheet, if any. */
export function recordedTriggerId(email: string): string | undefined {
  return loadIds()[email];
}

/**
 * Deletes `email`'s report trigger of this spreadsheet and, when given, the trigger firing
 * now (`firedUid`, from the trigger's event); returns how many were deleted.
 */
export function removeOwnReportTriggers(email: string, firedUid?: string): number {
  const ids = loadIds();
  const removed = deleteTriggers([ids[email], firedUid]);
  if (email in ids) {
    delete ids[email];
    saveIds(ids);
  }
  return removed;
}

/** When a report runs: the frequency, its day and the hour. */
export interface TriggerTiming {
  readonly frequency: ReportFrequency;
  readonly weekday: Weekday;
  readonly monthDay: number;
  readonly hour: number;
}

/**
 * Replaces `email`'s report trigger of this spreadsheet with one that fires as `timing`
 * says, in `timeZone`. Deleting first makes a second install replace the trigger instead of
 * adding one, so there is never a second schedule; an add-on may hold only one clock trigger per user per document.
 */
export function installReportTrigger(email: string, timing: TriggerTiming, timeZone: string): void {
  const ids = loadIds();
  deleteTriggers([ids[email]]);
  const clock = ScriptApp.newTrigger(REPORT_TRIGGER_HANDLER).timeBased();
  const when =
    timing.frequency === 'daily'
      ? clock.everyDays(1)
      : timing.frequency === 'weekly'
        ? clock.onWeekDay(ScriptApp.WeekDay[timing.weekday])
        : clock.onMonthDay(timing.monthDay);
  const trigger = when.atHour(timing.hour).inTimezone(timeZone).create();
  ids[email] = trigger.getUniqueId();
  saveIds(ids);
}
