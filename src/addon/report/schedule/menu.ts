/** The schedule's menu items: Schedule report… opens the dialog; Stop report asks, then stops. */
import { fillTemplate, localize } from '../../../core/i18n';
import { describeSchedule } from '../../../core/forms/schedule-form';
import { ApiFailure } from '../../server/api-failure';
import { userLocale } from '../../locale';
import { loadSchedule } from '../schedule-store';
import { SCHEDULE_MENU_MESSAGES as M } from './messages';
import { openScheduleContext, stopScheduleAs } from './schedule-endpoints';

/** The dialog's size: room for every field without scrolling, like Google's own dialogs. */
export const SCHEDULE_DIALOG = { width: 420, height: 560 } as const;

/** Menu: Schedule report… (dist/Schedule.html as a modal dialog). */
export function openScheduleDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Schedule')
    .setWidth(SCHEDULE_DIALOG.width)
    .setHeight(SCHEDULE_DIALOG.height);
  SpreadsheetApp.getUi().showModalDialog(html, localize(M.dialogTitle, userLocale()));
}

/**
 * Menu: Stop report. Any editor may stop the report; they are asked first, then told what was
 * done (including that another owner's trigger will remove itself).
 */
export function menuStopReport(): void {
  const ui = SpreadsheetApp.getUi();
  const locale = userLocale();
  const title = localize(M.stopTitle, locale);
  try {
    const ctx = openScheduleContext();
    const schedule = loadSchedule();
    if (schedule !== null) {
      const question = fillTemplate(localize(M.confirmStop, locale), {
        owner: schedule.owner,
        when: describeSchedule(schedule, ctx.timeZone, locale),
        count: schedule.recipients.length,
      });
      if (ui.alert(title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
        ui.alert(title, localize(M.notStopped, locale), ui.ButtonSet.OK);
        return;
      }
    }
    const result = stopScheduleAs(ctx);
    const lines = result.cleared
      ? [localize(M.stopped, locale)]
      : [localize(result.removedTriggers > 0 ? M.leftoverRemoved : M.nothingScheduled, locale)];
    if (result.ownerTriggerLeft)
      lines.push(
        fillTemplate(localize(M.ownerTriggerLeft, locale), { owner: result.ownerTriggerLeft }),
      );
    ui.alert(title, lines.join('\n\n'), ui.ButtonSet.OK);
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    ui.alert(title, error.message, ui.ButtonSet.OK);
  }
}
