/**
 * The report job's entry points: Send report now (menu) and the time-driven trigger's
 * handler. PLACEHOLDER until the job lands (helper "job" replaces this file).
 */
import type { Feature } from '../../entry-points';

/** The handler name the schedule's time-driven trigger is created with. */
export const REPORT_TRIGGER_HANDLER = 'runScheduledReport';

function notYet(): never {
  throw new Error('The report job is not built yet.');
}

export function jobFeature(): Feature {
  return {
    entryPoints: {
      sendReportNow: { kind: 'menu', fn: notYet },
      [REPORT_TRIGGER_HANDLER]: { kind: 'trigger', fn: notYet },
    },
    triggerHandlers: [REPORT_TRIGGER_HANDLER],
  };
}
