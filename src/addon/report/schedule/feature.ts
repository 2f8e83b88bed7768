/**
 * The schedule's entry points: Schedule report… (a dialog), Stop report, and the dialog's
 * server functions. PLACEHOLDER until the schedule lands (helper "schedule" replaces this file).
 */
import type { Feature } from '../../entry-points';

export function scheduleFeature(): Feature {
  return { entryPoints: {}, menu: [] };
}
