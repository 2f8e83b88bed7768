/**
 * Where the report's schedule is kept: one JSON document property. Reading is open to the job
 * and the dialog; who may write is decided by the schedule feature before calling
 * {@link saveSchedule}.
 */
import { reportScheduleSchema, type ReportSchedule } from '../../core/report/schedule';
import { loadJsonProperty, saveJsonProperty } from '../json-property';

const KEY = 'customerPyramid.report.schedule';

/** The saved schedule, or null when none is saved (or the stored value is damaged). */
export function loadSchedule(): ReportSchedule | null {
  return loadJsonProperty(KEY, reportScheduleSchema, null);
}

/** Saves the schedule, or removes it with null (one property call). */
export function saveSchedule(schedule: ReportSchedule | null): void {
  saveJsonProperty(KEY, schedule === null ? null : reportScheduleSchema.parse(schedule));
}
