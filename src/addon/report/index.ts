/**
 * The scheduled tier-change digest: the job (Send report now and the time-driven
 * trigger) and the schedule (Schedule report…, Stop report, the dialog's server functions).
 */
import { combineFeatures, type Feature } from '../entry-points';
import { jobFeature } from './job/feature';
import { scheduleFeature } from './schedule/feature';

/** The job's and the schedule's entry points, menu items (job first) and trigger handlers. */
export function reportFeature(): Feature {
  return combineFeatures([jobFeature(), scheduleFeature()]);
}
