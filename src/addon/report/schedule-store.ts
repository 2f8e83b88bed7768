/**
 * Where the report's schedule is kept: one JSON document property. Reading is open to the job
 * and the dialog; who may write is decided by the schedule feature before calling
 * {@link saveSchedule}.
 */
import { reportScheduleSchema, type ReportSchedule } from '../../core/report/schedule';

const KEY = 'customerPyramid.report.schedule';

/** The saved schedule, or null when none is saved (or the stored value is damaged). */
export function loadSchedule(): ReportSchedule | null {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!text) return null;
  try {
    const parsed = reportScheduleSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the schedule, or removes it with null (one property call). */
export function saveSchedule(schedule: ReportSchedule | null): void {
  const props = PropertiesService.getDocumentProperties();
  if (schedule === null) props.deleteProperty(KEY);
  else props.setProperty(KEY, JSON.stringify(reportScheduleSchema.parse(schedule)));
}
