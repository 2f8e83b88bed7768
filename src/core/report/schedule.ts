/**
 * The scheduled report's settings: how often, at what hour, to whom, in which language, and
 * who owns it (the user whose trigger runs the job and whose account sends the mail). Only
 * the schedule's owner changes it, or a user who explicitly takes the schedule over.
 */
import type { Locale } from '../i18n';

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

/** The most recipients one digest goes to (MailApp allows 50 per message). */
export const MAX_RECIPIENTS = 50;

/** A saved schedule. */
export interface ReportSchedule {
  /** How often the digest goes out; it is sent at most once per period per recipient. */
  readonly frequency: ReportFrequency;
  /** The day of a weekly report. */
  readonly weekday: Weekday;
  /** The day of the month of a monthly report (1–28, so every month has it). */
  readonly monthDay: number;
  /** The hour (0–23, spreadsheet time zone) the report runs at. */
  readonly hour: number;
  /** Who gets the digest: people who can already open the spreadsheet, lower case. */
  readonly recipients: readonly string[];
  /** The digest's language. */
  readonly language: Locale;
  /** Email of the user who installed the trigger (it runs as them; mail goes from them). */
  readonly owner: string;
  /** When the schedule was last saved, ISO 8601. */
  readonly updatedAt: string;
}
