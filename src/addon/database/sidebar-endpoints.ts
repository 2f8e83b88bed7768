/**
 * The sidebar's server functions (declared in core/api/sidebar), answering with an ApiResult;
 * the input is checked before, by the API's own rules. They run as the caller, so the caller's
 * own permissions decide: init refuses anyone who cannot edit the Interactions log
 * (Range.canEdit); a card shows only what its reader can already see in the sheet; a save is
 * refused unless the caller may edit the log — asked only when the save failed, so a save
 * costs no extra call. Service calls per operation do not grow with the number of rows.
 */
import {
  SIDEBAR_API,
  type CustomerCard,
  type LogResult,
  type SidebarInit,
} from '../../core/api/sidebar';
import { funnelBandOf, satisfactionOf } from '../../core/crm/measures';
import type { ValidForm } from '../../core/forms/log-form';
import type { Locale } from '../../core/i18n';
import { encodeChoices } from '../../core/store/choices';
import { neutraliseValue } from '../../core/store/neutralise';
import { storeMessage } from '../../core/store/messages';
import { toInteraction, type InteractionRecord } from '../../core/store/records';
import { CUSTOMERS, INTERACTIONS } from '../../core/store/schema';
import type { EntryPoint } from '../entry-points';
import { addonCell, asEditor, requireEditor } from '../server/access';
import { ApiFailure } from '../server/api-failure';
import { withDocumentLock } from '../server/document-lock';
import { serverEntryPoints } from '../server/serve-endpoint';
import { findCustomerById, readCard } from './card';
import { findCells, parseRows, readColumns, readHead, readRows } from './find-rows';
import { openContext, todayIn, type DbContext } from './context';
import { userLocale } from '../locale';
import { parseCustomers } from './parse-tables';

/** What a caller must be able to edit to use the sidebar: a cell the add-on owns. */
const logCell = (ctx: DbContext) => () => addonCell(ctx.ss);

/** init: who, today, and the list of customers to search (the three columns it shows). */
function init(ctx: DbContext): SidebarInit {
  requireEditor(logCell(ctx), ctx.locale);
  const head = readHead(ctx, CUSTOMERS);
  const { customers } = parseCustomers(readColumns(ctx, head, ['id', 'name', 'tier']), ctx);
  return {
    locale: ctx.locale,
    userEmail: ctx.email,
    today: todayIn(ctx.timeZone),
    timeZone: ctx.timeZone,
    customers: customers.map((c) => ({ id: c.id, name: c.name, tier: c.tier })),
  };
}

/** card: the card of the customer with this (trimmed) id. */
function card(customerId: string, ctx: DbContext): CustomerCard {
  requireEditor(logCell(ctx), ctx.locale);
  return readCard(ctx, customerId);
}

/** The cells of a new Interactions row, in the sheet's column order, fixed lists as labels in
 *  the team's language, text neutralised. */
function interactionRow(
  index: Readonly<Record<string, number>>,
  width: number,
  record: Omit<InteractionRecord, 'row' | 'loggedAt'>,
  loggedAt: Date,
  locale: Locale,
): unknown[] {
  const row: unknown[] = new Array<unknown>(width).fill('');
  const put = (key: string, value: unknown): void => {
    const at = index[key] ?? -1;
    if (at >= 0) row[at] = value === null ? '' : neutraliseValue(value);
  };
  for (const [key, value] of Object.entries(encodeChoices(INTERACTIONS, record, locale)))
    put(key, value);
  // Calendar days go in as yyyy-mm-dd text for Sheets to read as dates: not neutralised.
  if ((index.date ?? -1) >= 0) row[index.date!] = record.date;
  if ((index.followUpDate ?? -1) >= 0) row[index.followUpDate!] = record.followUpDate;
  row[index.loggedAt!] = loggedAt;
  return row;
}

function recordOf(form: ValidForm, customerName: string, loggedBy: string) {
  return {
    customerId: form.customerId,
    customerName,
    date: form.date,
    kind: form.kind,
    purpose: form.purpose,
    summary: form.summary,
    withWhom: form.withWhom,
    perceived: form.perceived,
    expected: form.expected,
    satisfaction: satisfactionOf(form.perceived, form.expected),
    dealProbability: form.dealProbability,
    funnel: funnelBandOf(form.dealProbability),
    nextStep: form.nextStep,
    followUpDate: form.followUpDate,
    loggedBy,
    requestId: form.requestId,
  };
}

/**
 * logInteraction: appends one Interactions row under the document lock. The request id is
 * looked up under the lock, so a double submit or a retry writes one row and answers with the
 * first save (`created: false`). The customer is found before the lock and the card read after
 * it, so the time under the lock does not depend on the tables' sizes.
 */
function logInteraction(form: ValidForm, ctx: DbContext): LogResult {
  requireEditor(logCell(ctx), ctx.locale);
  const found = findCustomerById(ctx, form.customerId);
  const saved = withDocumentLock(ctx.locale, () => logLocked(ctx, form, found.customer.name), {
    flushed: true,
  });
  return { ...saved, card: readCard(ctx, form.customerId, found) };
}

/** Rows added below the Interactions log when it reaches the end of the grid. */
const SPARE_ROWS = 1000;

function logLocked(ctx: DbContext, form: ValidForm, customerName: string): Omit<LogResult, 'card'> {
  const sheet = ctx.ss.getSheetByName(INTERACTIONS.sheet);
  if (!sheet)
    throw new ApiFailure(
      'setup',
      storeMessage(ctx.locale, 'missingSheet', { sheet: INTERACTIONS.sheet }),
    );
  const head = readHead(ctx, INTERACTIONS);
  const map = head.map;
  if (map.absent.length > 0)
    throw new ApiFailure(
      'setup',
      storeMessage(ctx.locale, 'missingColumn', {
        sheet: INTERACTIONS.sheet,
        header: map.absent.map((c) => c.header).join(', '),
      }),
    );
  // The last row with content in any column: the new row goes below everything.
  const last = sheet.getLastRow();
  // Exact, whole-cell, case-sensitive: the request id of a save already made, if any.
  const savedRow =
    last >= 2
      ? findCells(ctx, head, 'requestId', form.requestId, { trimmed: false })[0]
      : undefined;
  if (savedRow !== undefined) {
    // Saved before (a double submit or a retry): answer as the first save did.
    const r = savedRow.getRow();
    const values = readRows(ctx, INTERACTIONS.sheet, [r], map.width).get(r)!;
    const first = toInteraction(parseRows(ctx, head, [[r, values]])[0]!);
    return {
      created: false,
      loggedAt: first.loggedAt,
      funnel: first.funnel,
      satisfaction: first.satisfaction,
    };
  }
  const record = recordOf(form, customerName, ctx.email);
  const loggedAt = new Date();
  const row = interactionRow(map.index, map.width, record, loggedAt, ctx.locale);
  const target = last + 1;
  // Keep spare rows below the log: the grid's size decides.
  const maxRows = sheet.getMaxRows();
  if (target > maxRows) sheet.insertRowsAfter(maxRows, SPARE_ROWS);
  sheet.getRange(target, 1, 1, map.width).setValues([row]);
  SpreadsheetApp.flush();
  return {
    created: true,
    loggedAt: loggedAt.toISOString(),
    funnel: record.funnel,
    satisfaction: record.satisfaction,
  };
}

/** The sidebar's entry points. The time zone is asked afresh when the sidebar opens. */
export function sidebarEntryPoints(): Record<string, EntryPoint> {
  return serverEntryPoints(
    SIDEBAR_API,
    (endpoint: keyof typeof SIDEBAR_API) =>
      asEditor(
        () => addonCell(SpreadsheetApp.getActive()),
        userLocale(),
        () => openContext({ freshTimeZone: endpoint === 'init' }),
      ),
    {
      init: (_input, ctx) => init(ctx),
      card,
      logInteraction,
    },
  );
}
