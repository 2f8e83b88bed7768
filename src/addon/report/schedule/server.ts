/**
 * The Schedule report dialog's server functions (called through google.script.run) and the
 * operations the menu shares with them. Each checks that the caller can edit the spreadsheet
 * (promise 9), validates its input and answers with an ApiResult of plain JSON. Changes are
 * made under the document lock, so two editors saving at once cannot leave two schedules.
 */
import * as z from 'zod/mini';
import type { Locale } from '../../../core/i18n';
import type { ReportSchedule } from '../../../core/report/schedule';
import type { ApiResult } from '../../../core/sidebar/api';
import { activeUserEmail, requireEditor } from '../../database/access';
import { withDocumentLock } from '../../database/document-lock';
import { ApiFailure } from '../../database/failure';
import { serve } from '../../database/serve';
import { userLocale } from '../../locale';
import { loadSchedule, saveSchedule } from '../schedule-store';
import {
  cannotOpenMessage,
  checkScheduleInput,
  recipientsWhoCannotOpen,
  scheduleMessage,
  type ScheduleSaveResult,
  type ScheduleState,
  type ScheduleStopResult,
  type ValidScheduleInput,
} from './contract';
import { scheduleState } from './state';
import { installReportTrigger, removeOwnReportTriggers } from '../report-trigger';

/** Who is calling, in which language, on which spreadsheet and time zone. */
export interface ScheduleContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly email: string;
  readonly locale: Locale;
  readonly timeZone: string;
}

/** Opens the context and refuses anyone who cannot edit the spreadsheet. */
export function openScheduleContext(): ScheduleContext {
  const locale = userLocale();
  const ss = SpreadsheetApp.getActive();
  const email = activeUserEmail();
  requireEditor(ss, email, locale);
  return { ss, email, locale, timeZone: ss.getSpreadsheetTimeZone() };
}

/** The wire shape of scheduleSave's input: types and sizes, before the field rules. */
const SAVE_SHAPE = z.object({
  frequency: z.string().check(z.maxLength(20)),
  weekday: z.optional(z.string().check(z.maxLength(20))),
  monthDay: z.optional(z.union([z.number(), z.string().check(z.maxLength(10))])),
  hour: z.union([z.number(), z.string().check(z.maxLength(10))]),
  recipients: z.union([
    z.string().check(z.maxLength(20_000)),
    z.array(z.string().check(z.maxLength(320))).check(z.maxLength(1000)),
  ]),
  language: z.string().check(z.maxLength(10)),
  takeOver: z.optional(z.boolean()),
});

/** Everyone who can open the spreadsheet, lower case: owner, editors and viewers. */
function peopleWhoCanOpen(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  // getEditors includes the owner; getViewers includes commenters.
  return [...ss.getEditors(), ...ss.getViewers()].map((u) => u.getEmail().trim().toLowerCase());
}

/** Validates scheduleSave's input; refusals name the field (and the addresses) at fault. */
export function validateSaveInput(ctx: ScheduleContext, input: unknown): ValidScheduleInput {
  const check = checkScheduleInput(input, ctx.locale);
  if (!check.ok) throw new ApiFailure('invalid', check.message, check.fields);
  if (!SAVE_SHAPE.safeParse(input).success)
    throw new ApiFailure('invalid', scheduleMessage('invalidRequest', ctx.locale));
  const outsiders = recipientsWhoCannotOpen(check.value.recipients, peopleWhoCanOpen(ctx.ss));
  if (outsiders.length > 0) {
    const message = cannotOpenMessage(outsiders, ctx.locale);
    throw new ApiFailure('invalid', message, { recipients: message });
  }
  return check.value;
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

/** Runs a server function: the caller is checked first, every failure becomes an ApiResult. */
function handle<T>(body: (ctx: ScheduleContext) => T): ApiResult<T> {
  return serve(userLocale, () => body(openScheduleContext()));
}

/** scheduleInit(): the schedule, its owner and health, and the spreadsheet's time zone. */
export function scheduleInit(): ApiResult<ScheduleState> {
  return handle((ctx) => scheduleState(ctx.locale, ctx.email, ctx.timeZone));
}

/** scheduleSave(input): validates, then saves the schedule and installs the one trigger. */
export function scheduleSave(input: unknown): ApiResult<ScheduleSaveResult> {
  return handle((ctx) => saveScheduleAs(ctx, validateSaveInput(ctx, input)));
}

/** scheduleStop(): clears the schedule and deletes the caller's report trigger. */
export function scheduleStop(): ApiResult<ScheduleStopResult> {
  return handle((ctx) => stopScheduleAs(ctx));
}
