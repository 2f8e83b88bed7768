/**
 * The scheduled report's settings (issue 5): how often, at what hour, to whom, in which
 * language, and who owns it (the user whose trigger runs the job and whose account sends the
 * mail). Stored as one JSON document property; only the schedule's owner changes it, or a
 * user who explicitly takes the schedule over.
 */
import * as z from 'zod/mini';

export const REPORT_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

/** Days of the week as Apps Script's `ScriptApp.WeekDay` names them. */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const reportScheduleSchema = z.object({
  /** How often the digest goes out; it is sent at most once per period per recipient. */
  frequency: z.enum(REPORT_FREQUENCIES),
  /** The day of a weekly report. */
  weekday: z.enum(WEEKDAYS),
  /** The day of the month of a monthly report (1–28, so every month has it). */
  monthDay: z.number().check(z.int(), z.minimum(1), z.maximum(28)),
  /** The hour (0–23, spreadsheet time zone) the report runs at. */
  hour: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
  /** Who gets the digest: people who can already open the spreadsheet, lower case. */
  recipients: z.array(z.string()).check(z.minLength(1), z.maxLength(50)),
  /** The digest's language. */
  language: z.enum(['en', 'zh']),
  /** Email of the user who installed the trigger (it runs as them; mail goes from them). */
  owner: z.string(),
  /** When the schedule was last saved, ISO 8601. */
  updatedAt: z.string(),
});

/** A saved schedule. */
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;
