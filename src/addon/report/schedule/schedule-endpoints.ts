/**
 * The Schedule report dialog's server functions (declared in core/api/schedule) and the
 * operations the menu shares with them. Each checks that the caller can edit the spreadsheet
 * before anything else; the input is checked by the API's own rules; every answer is an
 * ApiResult of plain JSON. Changes are made under the document lock, so two editors saving at
 * once cannot leave two schedules.
 */
import {
  SCHEDULE_API,
  type ScheduleSaveResult,
  type ScheduleStopResult,
  type ValidScheduleInput,
} from '../../../core/api/schedule';
import {
  cannotOpenMessage,
  recipientsWhoCannotOpen,
  scheduleMessage,
} from '../../../core/forms/schedule-form';
import type { Locale } from '../../../core/i18n';
import type { ReportSchedule } from '../../../core/report/schedule';
import type { EntryPoint } from '../../entry-points';
import { userLocale } from '../../locale';
import {
  activeUserEmail,
  addonCell,
  peopleWhoMayReceive,
  requireEditor,
  requireEmail,
} from '../../server/access';
import { ApiFailure } from '../../server/api-failure';
import { withDocumentLock } from '../../server/document-lock';
import { serverEntryPoints } from '../../server/serve-endpoint';
import { installReportTrigger, removeOwnReportTriggers } from '../report-trigger';
import { loadSchedule, saveSchedule } from '../schedule-store';
import { scheduleState } from './schedule-view';

/** Who is calling, in which language, on which spreadsheet and time zone. */
export interface ScheduleContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly email: string;
  readonly locale: Locale;
  readonly timeZone: string;
}

/**
 * Opens the context and refuses anyone who cannot edit the spreadsheet, or whose email
 * Google withholds (a schedule needs an owner who can be named and mailed).
 */
export function openScheduleContext(): ScheduleContext {
  const locale = userLocale();
  const ss = SpreadsheetApp.getActive();
  const email = activeUserEmail();
  requireEmail(email, locale);
  requireEditor(() => addonCell(ss), locale);
  return { ss, email, locale, timeZone: ss.getSpreadsheetTimeZone() };
}

/** Refuses recipients who may not receive the digest (see peopleWhoMayReceive), naming them. */
function requireRecipientsCanOpen(ctx: ScheduleContext, recipients: readonly string[]): void {
  const outsiders = recipientsWhoCannotOpen(recipients, [
    ...peopleWhoMayReceive(ctx.ss, ctx.email),
  ]);
  if (outsiders.length > 0) {
    const message = cannotOpenMessage(outsiders, ctx.locale);
    throw new ApiFailure('invalid', message, { recipients: message });
  }
}

/**
 * Saves the schedule and installs its trigger, under the lock. A schedule another user owns
 * is replaced only with `takeOver`; otherwise the save is refused, naming the owner, and no
 * trigger is added. The old owner's trigger cannot be deleted from here (Apps Script gives
 * each user only their own): it finds it no longer owns the schedule and removes itself.
 */
export function saveScheduleAs(
  ctx: ScheduleContext,
  input: ValidScheduleInput,
): ScheduleSaveResult {
  return withDocumentLock(ctx.locale, () => {
    const current = loadSchedule();
    const otherOwner = current !== null && current.owner !== ctx.email ? current.owner : null;
    if (otherOwner !== null && !input.takeOver) {
      const message = scheduleMessage('ownedByOther', ctx.locale, { owner: otherOwner });
      throw new ApiFailure('forbidden', message, { takeOver: message });
    }
    installReportTrigger(ctx.email, input, ctx.timeZone);
    const saved: ReportSchedule = {
      frequency: input.frequency,
      weekday: input.weekday,
      monthDay: input.monthDay,
      hour: input.hour,
      recipients: [...input.recipients],
      language: input.language,
      owner: ctx.email,
      updatedAt: new Date().toISOString(),
    };
    saveSchedule(saved);
    return {
      state: scheduleState(ctx.locale, ctx.email, ctx.timeZone, saved),
      tookOverFrom: otherOwner,
    };
  });
}

/**
 * Stops the report: the caller's report trigger is deleted and the schedule cleared. Any
 * editor may stop it; when another user owns it, their trigger removes itself when it fires.
 */
export function stopScheduleAs(ctx: ScheduleContext): ScheduleStopResult {
  return withDocumentLock(ctx.locale, () => {
    const current = loadSchedule();
    const removedTriggers = removeOwnReportTriggers(ctx.email);
    if (current !== null) saveSchedule(null);
    return {
      state: scheduleState(ctx.locale, ctx.email, ctx.timeZone, null),
      cleared: current !== null,
      removedTriggers,
      ownerTriggerLeft: current !== null && current.owner !== ctx.email ? current.owner : null,
    };
  });
}

/** The dialog's entry points: the caller is checked first, then the input, then the handler. */
export function scheduleEntryPoints(): Record<string, EntryPoint> {
  return serverEntryPoints(SCHEDULE_API, openScheduleContext, {
    init: (_input, ctx) => scheduleState(ctx.locale, ctx.email, ctx.timeZone),
    save: (input, ctx) => {
      requireRecipientsCanOpen(ctx, input.recipients);
      return saveScheduleAs(ctx, input);
    },
    stop: (_input, ctx) => stopScheduleAs(ctx),
  });
}
