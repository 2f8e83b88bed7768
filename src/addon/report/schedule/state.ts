/** What the dialog shows, read from the stores: the schedule, its owner and its health. */
import type { Locale } from '../../../core/i18n';
import { loadHealth } from '../health-store';
import { loadSchedule } from '../schedule-store';
import type { ScheduleState } from './contract';

export function scheduleState(locale: Locale, userEmail: string, timeZone: string): ScheduleState {
  const schedule = loadSchedule();
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
    },
  };
}
