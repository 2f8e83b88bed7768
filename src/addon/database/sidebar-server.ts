/**
 * The server functions the sidebar calls through google.script.run (core/sidebar/api.ts).
 * Each validates its input, checks that the caller can edit the spreadsheet and answers with
 * an ApiResult. Service calls per operation do not grow with the number of rows.
 */
import * as z from 'zod/mini';
import { funnelBandOf, satisfactionOf } from '../../core/crm/measures';
import { localize, type Locale } from '../../core/i18n';
import type { ApiResult, CustomerCard, LogResult, SidebarInit } from '../../core/sidebar/api';
import { validateInteractionForm, type ValidForm } from '../../core/sidebar/validate';
import { columnLetter, sheetPrefix } from '../../core/store/a1';
import { neutraliseValue } from '../../core/store/neutralise';
import { storeMessage } from '../../core/store/messages';
import { toInteraction, type InteractionRecord } from '../../core/store/records';
import { CONTACTS, CUSTOMERS, INTERACTIONS } from '../../core/store/schema';
import { lastContentRow } from '../../core/store/table';
import { userLocale } from '../locale';
import { requireEditor } from './access';
import { cardFromValues } from './card';
import { openContext, todayIn, type DbContext } from './context';
import { parseCustomers, parseTable } from './database';
import { withDocumentLock } from './document-lock';
import { ApiFailure } from './failure';
import { loadLayout, saveLayout } from './layout';
import { readTables } from './read-tables';
import { serve as serveWith } from './serve';

/** Runs `body` with an opened context; any failure becomes an ApiResult. */
function handle<T>(
  body: (ctx: DbContext) => T,
  options: { freshTimeZone?: boolean } = {},
): ApiResult<T> {
  let locale: Locale | undefined;
  return serveWith(
    () => locale ?? userLocale(),
    () => {
      const ctx = openContext(options);
      locale = ctx.locale;
      return body(ctx);
    },
  );
}

/** sidebarInit(): who, today, and the list of customers to search (one read). */
export function sidebarInit(): ApiResult<SidebarInit> {
  return handle(
    (ctx) => {
      requireEditor(ctx.ss, ctx.email, ctx.locale);
      const read = readTables(ctx.ss, [CUSTOMERS], ctx.layout, ctx.locale);
      if (read.layoutChanged) saveLayout(ctx.layout);
      const { customers } = parseCustomers(read.tables[0]!.values, ctx);
      return {
        locale: ctx.locale,
        userEmail: ctx.email,
        today: todayIn(ctx.timeZone),
        timeZone: ctx.timeZone,
        customers: customers.map((c) => ({ id: c.id, name: c.name, tier: c.tier })),
      };
    },
    { freshTimeZone: true },
  );
}

const CARD_REQUEST = z.object({
  customerId: z.string().check(
    z.maxLength(200),
    z.refine((s) => s.trim() !== ''),
  ),
});

function invalidCustomerId(locale: Locale): ApiFailure {
  const message = localize({ en: 'Choose a customer.', zh: '请选择客户。' }, locale);
  return new ApiFailure('invalid', message, { customerId: message });
}

/** sidebarCard({ customerId }): the customer card. */
export function sidebarCard(request: unknown): ApiResult<CustomerCard> {
  return handle((ctx) => {
    const parsed = CARD_REQUEST.safeParse(request);
    if (!parsed.success) throw invalidCustomerId(ctx.locale);
    requireEditor(ctx.ss, ctx.email, ctx.locale);
    const read = readTables(ctx.ss, [CUSTOMERS, CONTACTS, INTERACTIONS], ctx.layout, ctx.locale);
    if (read.layoutChanged) saveLayout(ctx.layout);
    const [customers, contacts, interactions] = read.tables.map((t) => t.values) as [
      unknown[][],
      unknown[][],
      unknown[][],
    ];
    return cardFromValues(
      ctx,
      { customers, contacts, interactions },
      parsed.data.customerId.trim(),
    );
  });
}

/** The cells of a new Interactions row, in the sheet's column order, text neutralised. */
function interactionRow(
  index: Readonly<Record<string, number>>,
  width: number,
  record: Omit<InteractionRecord, 'row' | 'loggedAt'>,
  loggedAt: Date,
): unknown[] {
  const row: unknown[] = new Array<unknown>(width).fill('');
  const put = (key: string, value: unknown): void => {
    const at = index[key] ?? -1;
    if (at >= 0) row[at] = value === null ? '' : neutraliseValue(value);
  };
  for (const [key, value] of Object.entries(record)) put(key, value);
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
 * sidebarLogInteraction(form): appends one Interactions row under the document lock. The
 * request id is looked up under the lock, so a double submit or a retry writes one row and
 * answers with the first save (`created: false`).
 */
export function sidebarLogInteraction(form: unknown): ApiResult<LogResult> {
  return handle((ctx) => {
    const check = validateInteractionForm(form, ctx.locale);
    if (!check.ok) throw new ApiFailure('invalid', check.message, check.fields);
    const valid = check.form;
    requireEditor(ctx.ss, ctx.email, ctx.locale);
    return withDocumentLock(ctx.locale, () => logLocked(ctx, valid));
  });
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
  const row = interactionRow(map.index, map.width, record, loggedAt);
  const tableRead = read.tables[2]!;
  if (read.extra?.[0] && target === last + 1) {
    read.extra[0].setValues([row]);
  } else if (!tableRead.sheet && last < interactions.length) {
    tableRead.range.offset(last, 0, 1, map.width).setValues([row]);
  } else {
    (tableRead.sheet ?? tableRead.range.getSheet()).appendRow(row);
  }
  // Keep spare rows below the log, so that the next save's row exists when it is fetched.
  if (tableRead.sheet || last + 2 > interactions.length) {
    const sheet = tableRead.sheet ?? tableRead.range.getSheet();
    sheet.insertRowsAfter(sheet.getMaxRows(), SPARE_ROWS);
  }
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
