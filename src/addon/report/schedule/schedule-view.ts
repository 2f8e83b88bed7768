/** What the dialog shows, read from the stores: the schedule, its owner and its health. */
import type { Locale } from '../../../core/i18n';
import type { ReportSchedule } from '../../../core/report/schedule';
import { loadHealth } from '../health-store';
import { loadSchedule } from '../schedule-store';
import type { ScheduleState } from '../../../core/api/schedule';

/**
 * The dialog's state. `known` is the schedule just saved (or null just cleared) under the
 * lock, so it is not read back.
 */
export function scheduleState(
  locale: Locale,
  userEmail: string,
  timeZone: string,
  known?: ReportSchedule | null,
): ScheduleState {
  const schedule = known === undefined ? loadSchedule() : known;
  const health = loadHealth();
  return {
    locale,
    userEmail,
    timeZone,
    schedule,
    ownedByMe: schedule !== null && schedule.owner === userEmail,
    health: {
      lastSuccess: health.lastSuccess ?? null,
      lastError: health.lastError
        ? { at: health.lastError.at, message: health.lastError.message }
        : null,
      lastRun: health.lastRun
        ? {
            at: health.lastRun.at,
            skipped: [...health.lastRun.skipped],
            ignoredRows: [...health.lastRun.ignoredRows],
            newBaseline: health.lastRun.newBaseline,
          }
        : null,
    },
  };
}
