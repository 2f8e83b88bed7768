/**
 * The schedule's entry points: Schedule report… (a dialog), Stop report, and the dialog's
 * server functions. Exactly one time-driven trigger runs the report per spreadsheet; the job
 * itself (Send report now, the trigger's handler) is in ../job.
 */
import type { Feature } from '../../entry-points';
import { menuStopReport, openScheduleDialog } from './menu';
import { SCHEDULE_MENU_MESSAGES as M } from './messages';
import { scheduleEntryPoints } from './schedule-endpoints';

export function scheduleFeature(): Feature {
  return {
    entryPoints: {
      openScheduleDialog: { kind: 'menu', fn: openScheduleDialog },
      stopReport: { kind: 'menu', fn: menuStopReport },
      ...scheduleEntryPoints(),
    },
    menu: [
      { label: M.scheduleMenu, handler: 'openScheduleDialog' },
      { label: M.stopMenu, handler: 'stopReport' },
    ],
  };
}
