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
import { columnLetter, sheetPrefix } from '../../core/store/a1';
import { encodeChoices } from '../../core/store/choices';
import { neutraliseValue } from '../../core/store/neutralise';
import { storeMessage } from '../../core/store/messages';
import { toInteraction, type InteractionRecord } from '../../core/store/records';
import { CONTACTS, CUSTOMERS, INTERACTIONS } from '../../core/store/schema';
import { lastContentRow } from '../../core/store/table';
import type { EntryPoint } from '../entry-points';
import { addonCell, asEditor, requireEditor } from '../server/access';
import { ApiFailure } from '../server/api-failure';
import { withDocumentLock } from '../server/document-lock';
import { serverEntryPoints } from '../server/serve-endpoint';
import { cardFromValues } from './card';
import { openContext, todayIn, type DbContext } from './context';
import { userLocale } from '../locale';
import { loadLayout, saveLayout } from './layout';
import { parseCustomers, parseTable } from './parse-tables';
import { readTables } from './read-tables';

/** init: who, today, and the list of customers to search (one read). */
/** What a caller must be able to edit to use the sidebar: a cell the add-on owns. */
const logCell = (ctx: DbContext) => () => addonCell(ctx.ss);

function init(ctx: DbContext): SidebarInit {
  const read = asEditor(logCell(ctx), ctx.locale, () =>
    readTables(ctx.ss, [CUSTOMERS], ctx.layout, ctx.locale),
  );
  requireEditor(logCell(ctx), ctx.locale);
  if (read.layoutChanged) saveLayout(ctx.layout);
  const { customers } = parseCustomers(read.tables[0]!.values, ctx);
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
  const read = asEditor(logCell(ctx), ctx.locale, () =>
    readTables(ctx.ss, [CUSTOMERS, CONTACTS, INTERACTIONS], ctx.layout, ctx.locale),
  );
  if (read.layoutChanged) saveLayout(ctx.layout);
  const [customers, contacts, interactions] = read.tables.map((t) => t.values) as [
    unknown[][],
    unknown[][],
    unknown[][],
  ];
  return cardFromValues(ctx, { customers, contacts, interactions }, customerId);
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
 * first save (`created: false`).
 */
function logInteraction(form: ValidForm, ctx: DbContext): LogResult {
  return withDocumentLock(ctx.locale, () =>
    asEditor(logCell(ctx), ctx.locale, () => logLocked(ctx, form)),
  );
}

/** Rows added below the Interactions log when it reaches the end of the grid. */
const SPARE_ROWS = 1000;

function logLocked(ctx: DbContext, form: ValidForm): LogResult {
  // Read again under the lock: another save may have moved the next row.
  const layout = loadLayout();
  const width = layout.headers[INTERACTIONS.sheet]?.length ?? 0;
  const target = layout.nextInteractionRow;
  const extra =
    target && width
      ? [`${sheetPrefix(INTERACTIONS.sheet)}!A${target}:${columnLetter(width - 1)}${target}`]
      : [];
  const read = readTables(ctx.ss, [CUSTOMERS, CONTACTS, INTERACTIONS], layout, ctx.locale, extra);
  const [customers, contacts, interactions] = read.tables.map((t) => t.values) as [
    unknown[][],
    unknown[][],
    unknown[][],
  ];
  const map = parseTable(INTERACTIONS, interactions.slice(0, 1), ctx).map;
  if (map.absent.length > 0)
    throw new ApiFailure(
      'setup',
      storeMessage(ctx.locale, 'missingColumn', {
        sheet: INTERACTIONS.sheet,
        header: map.absent.map((c) => c.header).join(', '),
      }),
    );
  const values = { customers, contacts, interactions };

  const reqAt = map.index.requestId!;
  for (let r = interactions.length - 1; r >= 1; r--) {
    if (String(interactions[r]![reqAt]) !== form.requestId) continue;
    // Saved before (a double submit or a retry): answer as the first save did.
    requireEditor(() => read.tables[2]!.range, ctx.locale);
    const table = parseTable(INTERACTIONS, [interactions[0]!, interactions[r]!], ctx);
    const first = toInteraction(table.rows[0]!);
    if (read.layoutChanged) saveLayout(layout);
    return {
      created: false,
      loggedAt: first.loggedAt,
      funnel: first.funnel,
      satisfaction: first.satisfaction,
      card: cardFromValues(ctx, values, form.customerId),
    };
  }

  const customer = parseCustomers(customers, ctx).customers.find((c) => c.id === form.customerId);
  if (!customer) {
    // cardFromValues names the field and refuses; nothing has been written.
    cardFromValues(ctx, values, form.customerId);
  }
  const record = recordOf(form, customer?.name ?? '', ctx.email);
  const loggedAt = new Date();
  const last = lastContentRow(interactions, map.width);
  const row = interactionRow(map.index, map.width, record, loggedAt, ctx.locale);
  const tableRead = read.tables[2]!;
  // Whole columns span the grid; a data range (read through the sheet) does not.
  let gridKnown = !tableRead.sheet;
  if (read.extra?.[0] && target === last + 1) {
    read.extra[0].setValues([row]);
  } else if (!tableRead.sheet && last < interactions.length) {
    tableRead.range.offset(last, 0, 1, map.width).setValues([row]);
  } else {
    (tableRead.sheet ?? tableRead.range.getSheet()).appendRow(row);
    gridKnown = false;
  }
  // Keep spare rows below the log, so that the next save's row exists when it is fetched. The
  // grid's size decides, never the read path.
  const sheetOf = (): GoogleAppsScript.Spreadsheet.Sheet =>
    tableRead.sheet ?? tableRead.range.getSheet();
  const maxRows = gridKnown ? interactions.length : sheetOf().getMaxRows();
  if (last + 2 > maxRows) sheetOf().insertRowsAfter(maxRows, SPARE_ROWS);
  layout.nextInteractionRow = last + 2;
  saveLayout(layout);
  const added: InteractionRecord = { ...record, row: last + 1, loggedAt: loggedAt.toISOString() };
  return {
    created: true,
    loggedAt: added.loggedAt,
    funnel: record.funnel,
    satisfaction: record.satisfaction,
    card: cardFromValues(ctx, values, form.customerId, added),
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
