/**
 * The scheduled tier-change digest (issue 5): the job (Send report now and the time-driven
 * trigger) and the schedule (Schedule report…, Stop report, the dialog's server functions).
 */
import { combineFeatures, type Feature } from '../entry-points';
import { jobFeature } from './job/feature';
import { scheduleFeature } from './schedule/feature';

export function reportFeature(): Feature {
  const job = jobFeature();
  const schedule = scheduleFeature();
  const combined = combineFeatures([job, schedule]);
  return {
    entryPoints: combined.entryPoints,
    menu: [...(job.menu ?? []), ...(schedule.menu ?? [])],
    triggerHandlers: combined.triggerHandlers,
  };
}
