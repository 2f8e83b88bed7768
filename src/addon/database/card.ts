/**
 * The customer card (see core/crm/customer-card.ts for the rules), read from the few rows it
 * shows: the customer's row, its contacts and its interactions, found by TextFinder on their
 * Customer ID columns. The cost grows with what one customer has, never with the tables.
 */
import { fillTemplate, localize } from '../../core/i18n';
import {
  buildCustomerCard,
  CARD_CONTACTS,
  INTERACTIONS_LOOKED_AT,
  shownContactsOf,
  totalRevenueOf,
  upcomingDatesOf,
  UPCOMING_SHOWN,
} from '../../core/crm/customer-card';
import type { CustomerCard } from '../../core/api/sidebar';
import { classifyCustomers, type Classification } from '../../core/store/classify';
import type { CustomerRecord } from '../../core/store/records';
import { CONTACTS, CUSTOMERS, INTERACTIONS, SETTINGS } from '../../core/store/schema';
import { toContact, type ContactRecord } from '../../core/store/records';
import {
  findCells,
  parseRows,
  readColumn,
  readColumns,
  readHead,
  readRows,
  type TableHead,
} from './find-rows';
import { readTables } from './read-tables';
import { saveLayout } from './layout';
import type { DbContext } from './context';
import { todayIn } from './context';
import {
  contactsOf,
  findCustomer,
  interactionsOf,
  parseCustomers,
  parseSettings,
} from './parse-tables';
import { ApiFailure } from '../server/api-failure';
import { DB_MESSAGES } from './messages';
import { tableA1 } from './read-tables';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The customer `id`, or a `not-found` failure naming the customer field. */
export function requireCustomer(
  ctx: DbContext,
  customers: readonly CustomerRecord[],
  id: string,
): CustomerRecord {
  const customer = findCustomer(customers, id);
  if (customer) return customer;
  const message = fillTemplate(localize(DB_MESSAGES.unknownCustomer, ctx.locale), { id });
  throw new ApiFailure('not-found', message, { customerId: message });
}

/**
 * The tier, quadrant and band Recalculate tiers last wrote; for a customer it has not seen
 * yet, computed now from all customers and the Settings sheet (two more calls, that case only).
 */
function classificationOf(
  ctx: DbContext,
  customers: readonly CustomerRecord[],
  customer: CustomerRecord,
): Classification {
  if (customer.tier !== '')
    return { tier: customer.tier, quadrant: customer.quadrant, band: customer.band };
  const values = ctx.ss.getRange(tableA1(SETTINGS.sheet, SETTINGS.columns.length)).getValues();
  const { settings } = parseSettings(values, ctx.locale);
  try {
    return classifyCustomers(customers, settings)[customers.indexOf(customer)]!;
  } catch {
    // Inconsistent settings: the card still shows, without a tier, until they are fixed.
    return { tier: '', quadrant: '', band: '' };
  }
}

/** Sheet rows `rows` of a table as values whose row numbers are the sheet's (others blank). */
function sparseValues(header: unknown[], rows: Map<number, unknown[]>): unknown[][] {
  let end = 1;
  for (const r of rows.keys()) end = Math.max(end, r);
  const values: unknown[][] = new Array<unknown[]>(end);
  values[0] = header;
  for (let r = 2; r <= end; r++) values[r - 1] = rows.get(r) ?? [];
  return values;
}

/** The rows of the cells found, read whole. */
function rowsOfCells(ctx: DbContext, head: TableHead, cells: readonly Range[]): unknown[][] {
  const rows = cells.map((c) => c.getRow()).sort((a, b) => a - b);
  return sparseValues(head.header, readRows(ctx, head.spec.sheet, rows, head.map.width));
}

/** A customer found by id: its record, and the customers read (its row, or all of them). */
export interface FoundCustomer {
  readonly customer: CustomerRecord;
  /** All customers, when the card needs them (no tier yet, or no stored total). */
  readonly all?: readonly CustomerRecord[];
}

/**
 * The customer `id` by TextFinder on the Customer ID column, or a `not-found` failure. Every row
 * holding the id is read, so a duplicated id reaches the table's own checks.
 */
export function findCustomerById(ctx: DbContext, id: string): FoundCustomer {
  const head = readHead(ctx, CUSTOMERS);
  // The whole book is refused while any id is used twice (one column read: the table's own
  // check names both cells), so no card or interaction is filed against the wrong company.
  parseCustomers(readColumns(ctx, head, ['id']), ctx);
  const cells = findCells(ctx, head, 'id', id, { trimmed: true });
  const { customers } = parseCustomers(rowsOfCells(ctx, head, cells), ctx);
  const customer = requireCustomer(ctx, customers, id);
  if (customer.tier !== '' && typeof ctx.layout.totalRevenue === 'number') return { customer };
  // Not recalculated yet: the tier and the revenue share need every customer.
  const read = readTables(ctx.ss, [CUSTOMERS], ctx.layout, ctx.locale);
  if (read.layoutChanged) saveLayout(ctx.layout);
  const all = parseCustomers(read.tables[0]!.values, ctx).customers;
  return { customer: findCustomer(all, id) ?? customer, all };
}

/** Contacts found above this are picked from a few columns first, then read whole. */
const CONTACTS_READ_WHOLE = 2 * CARD_CONTACTS;

/**
 * The customer's contacts the card needs, and how many it has. A few are read whole; many are
 * first read by the columns that choose them (Customer ID, Role, Important Date) between the
 * first and the last found, then only the chosen ones are read whole.
 */
function cardContactsOf(ctx: DbContext, id: string): { contacts: ContactRecord[]; count: number } {
  const head = readHead(ctx, CONTACTS);
  const cells = findCells(ctx, head, 'customerId', id, { trimmed: true });
  if (cells.length <= CONTACTS_READ_WHOLE)
    return { contacts: contactsOf(rowsOfCells(ctx, head, cells), id, ctx), count: cells.length };
  const from = cells[0]!.getRow();
  const to = cells[cells.length - 1]!.getRow();
  const width = head.map.width;
  const at = head.map.index;
  // Every row of the span holds the id when there are as many rows as cells found.
  const ids = to - from + 1 === cells.length ? null : readColumn(ctx, head, 'customerId', from, to);
  const roles = readColumn(ctx, head, 'role', from, to);
  const dates = readColumn(ctx, head, 'importantDate', from, to);
  const partial = new Map<number, unknown[]>();
  for (let i = 0; i < roles.length; i++) {
    const row = new Array<unknown>(width).fill('');
    row[at.customerId!] = ids ? ids[i] : id;
    if ((at.role ?? -1) >= 0) row[at.role!] = roles[i];
    if ((at.importantDate ?? -1) >= 0) row[at.importantDate!] = dates[i];
    partial.set(from + i, row);
  }
  const sketch = contactsOf(sparseValues(head.header, partial), id, ctx);
  const today = todayIn(ctx.timeZone);
  const chosen = new Set<number>(shownContactsOf(sketch).map((c) => c.row));
  // Dates are ranked by day, then by name: keep every contact as soon as the last one listed.
  const upcoming = sketch
    .map((c) => ({ c, days: upcomingDatesOf([c], today)[0]?.daysAway }))
    .filter((x) => x.days !== undefined)
    .sort((a, b) => a.days! - b.days!);
  const cut = upcoming[UPCOMING_SHOWN - 1]?.days ?? Infinity;
  for (const x of upcoming) if (x.days! <= cut) chosen.add(x.c.row);
  const whole = readRows(
    ctx,
    CONTACTS.sheet,
    [...chosen].sort((a, b) => a - b),
    width,
  );
  const contacts = parseRows(ctx, head, [...whole.entries()])
    .map(toContact)
    .filter((c) => c.customerId === id);
  return { contacts, count: sketch.length };
}

/** The card of `id`, reading only what it shows. `found` is the customer when already found. */
export function readCard(ctx: DbContext, id: string, found?: FoundCustomer): CustomerCard {
  const { customer, all } = found ?? findCustomerById(ctx, id);
  const { contacts, count } = cardContactsOf(ctx, id);
  const head = readHead(ctx, INTERACTIONS);
  // The latest logged are the log's last rows: TextFinder returns cells top to bottom.
  const cells = findCells(ctx, head, 'customerId', id, { trimmed: true }).slice(
    -INTERACTIONS_LOOKED_AT,
  );
  const interactions = interactionsOf(rowsOfCells(ctx, head, cells), id, ctx).records;
  return buildCustomerCard({
    customer,
    ...(all
      ? classificationOf(ctx, all, customer)
      : { tier: customer.tier, quadrant: customer.quadrant, band: customer.band }),
    totalRevenue: all ? totalRevenueOf(all) : (ctx.layout.totalRevenue ?? 0),
    contacts,
    contactCount: count,
    interactions,
    today: todayIn(ctx.timeZone),
  });
}
