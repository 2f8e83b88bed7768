/**
 * Where the report's schedule is kept: one JSON document property, checked against its schema
 * on the way in and out. Reading is open to the job and the dialog; who may write is decided
 * by the schedule feature before calling {@link saveSchedule}.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../../core/i18n';
import {
  MAX_RECIPIENTS,
  REPORT_FREQUENCIES,
  WEEKDAYS,
  type ReportSchedule,
} from '../../core/report/schedule';
import { loadJsonProperty, saveJsonProperty } from '../json-property';

const KEY = 'customerPyramid.report.schedule';

const scheduleSchema: z.ZodMiniType<ReportSchedule> = z.object({
  frequency: z.enum(REPORT_FREQUENCIES),
  weekday: z.enum(WEEKDAYS),
  monthDay: z.number().check(z.int(), z.minimum(1), z.maximum(28)),
  hour: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
  recipients: z.array(z.string()).check(z.minLength(1), z.maxLength(MAX_RECIPIENTS)),
  language: z.enum(LOCALES),
  owner: z.string(),
  updatedAt: z.string(),
});

/** The saved schedule, or null when none is saved (or the stored value is damaged). */
export function loadSchedule(): ReportSchedule | null {
  return loadJsonProperty(KEY, scheduleSchema, null);
}

/** Saves the schedule, or removes it with null (one property call). */
export function saveSchedule(schedule: ReportSchedule | null): void {
  saveJsonProperty(KEY, schedule === null ? null : scheduleSchema.parse(schedule));
}
