/**
 * The Schedule report dialog's API: the server functions it calls through google.script.run,
 * what each takes and answers. Plain JSON: instants are ISO strings, never `Date`.
 */
import {
  checkScheduleInput,
  type ScheduleInput,
  type ValidScheduleInput,
} from '../forms/schedule-form';
import type { Locale } from '../i18n';
import type { ReportSchedule } from '../report/schedule';
import { endpoint, noInput, type ClientOf } from './endpoint';

export type { ScheduleInput, ValidScheduleInput };

/** The report's health as the dialog shows it. */
export interface HealthView {
  /** ISO instant of the last run that finished, or null. */
  readonly lastSuccess: string | null;
  readonly lastError: { readonly at: string; readonly message: string } | null;
  /** What the last finished run left undone or found, or null before the first. */
  readonly lastRun: {
    readonly at: string;
    /** Recipients not mailed because they could not open the spreadsheet then. */
    readonly skipped: readonly string[];
    /** Tier History sheet rows no run wrote: kept, not applied. */
    readonly ignoredRows: readonly number[];
    /** Why the run started a new baseline (`lost`, or what was damaged), or null. */
    readonly newBaseline: string | null;
  } | null;
}

/** scheduleInit() → everything the dialog shows. Also the answer of save and stop. */
export interface ScheduleState {
  /** The caller's language (the dialog's words). */
  readonly locale: Locale;
  readonly userEmail: string;
  /** The spreadsheet's time zone: the hour is in it. */
  readonly timeZone: string;
  /** The saved schedule, or null when no report is scheduled. */
  readonly schedule: ReportSchedule | null;
  /** True when the caller owns the saved schedule. */
  readonly ownedByMe: boolean;
  readonly health: HealthView;
}

/** scheduleSave(input) → the new state and whose schedule was taken over, if any. */
export interface ScheduleSaveResult {
  readonly state: ScheduleState;
  /** The previous owner when the caller took the schedule over, else null. */
  readonly tookOverFrom: string | null;
}

/** scheduleStop() → what was stopped. */
export interface ScheduleStopResult {
  readonly state: ScheduleState;
  /** A schedule was saved and is now cleared. */
  readonly cleared: boolean;
  /** How many of the caller's own report triggers were deleted. */
  readonly removedTriggers: number;
  /**
   * The owner whose trigger another user cannot delete (Apps Script shows each user only
   * their own triggers): it finds no schedule of theirs when it next fires and removes itself.
   */
  readonly ownerTriggerLeft: string | null;
}

/** The dialog's server functions, by the names dist/Code.js declares them. */
export const SCHEDULE_API = {
  init: endpoint<void, void, ScheduleState>('scheduleInit', noInput),
  save: endpoint<ScheduleInput, ValidScheduleInput, ScheduleSaveResult>(
    'scheduleSave',
    checkScheduleInput,
  ),
  stop: endpoint<void, void, ScheduleStopResult>('scheduleStop', noInput),
} as const;

/** The dialog's calls to these functions, as its client offers them. */
export type ScheduleClient = ClientOf<typeof SCHEDULE_API>;
