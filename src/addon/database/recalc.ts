/**
 * Menu: Recalculate tiers. One read of Customers, Interactions and Settings, the engine, one
 * write of the add-on's own columns (Tier, Quadrant, Band, Last Contact, Next Follow-up; the
 * Quadrant and Band labels in the team's language, so a language change relabels them) —
 * never a user's column; when users moved those columns apart, one marked write per column
 * (see below). A bad cell the computation needs (a revenue that is text, a wrong setting)
 * stops it with a message naming the cell, and nothing is written.
 */
import { lastContactOf, pendingFollowUpOf } from '../../core/crm/follow-up';
import { totalRevenueOf } from '../../core/crm/customer-card';
import { fillTemplate, localize, type Locale } from '../../core/i18n';
import { columnLetter, sheetPrefix } from '../../core/store/a1';
import { encodeChoices } from '../../core/store/choices';
import { classifyCustomers } from '../../core/store/classify';
import { mapHeaders } from '../../core/store/headers';
import { storeMessage } from '../../core/store/messages';
import { toInteraction, type InteractionRecord } from '../../core/store/records';
import { CUSTOMER_OWNED_KEYS, CUSTOMERS, INTERACTIONS, SETTINGS } from '../../core/store/schema';
import { summarizeErrors } from '../../core/store/table';
import type { Tier } from '../../core/crm/vocabulary';
import { teamLocale, userLocale } from '../locale';
import { todayIn, openContext, type DbContext } from './context';
import { parseCustomers, parseSettings, parseTable } from './parse-tables';
import { addonCell, requireEditor } from '../server/access';
import { ApiFailure } from '../server/api-failure';
import { saveLayout } from './layout';
import { DB_MESSAGES } from './messages';
import { readTables } from './read-tables';

/** What a recalculation did. */
export interface RecalcReport {
  readonly customers: number;
  readonly counts: Readonly<Record<Tier, number>>;
}

/** Columns the computation reads: their bad cells stop it. */
const NEEDED = ['revenue', 'profit', 'potential'];

/** Column positions from a stored header row. */
function indexOf(signature: readonly string[]): Record<string, number> {
  const mapped = mapHeaders(CUSTOMERS, signature);
  return mapped.ok ? { ...mapped.map.index } : {};
}

/** Owned columns' positions, when they sit side by side (as Set up sheets places them). */
function ownedBlock(
  index: Readonly<Record<string, number>>,
): { first: number; count: number } | null {
  const at = CUSTOMER_OWNED_KEYS.map((k) => index[k] ?? -1);
  if (at.some((a) => a < 0)) return null;
  const first = Math.min(...at);
  const sorted = [...at].sort((a, b) => a - b);
  return sorted.every((a, i) => a === first + i) ? { first, count: at.length } : null;
}

function ownedA1(first: number, count: number): string {
  return `${sheetPrefix(CUSTOMERS.sheet)}!${columnLetter(first)}2:${columnLetter(first + count - 1)}`;
}

export function recalculateTiers(ctx: DbContext): RecalcReport {
  const { ss, locale, layout } = ctx;
  // The block to write is fetched with the reads when the stored layout says where it is.
  const known = layout.headers[CUSTOMERS.sheet];
  const guess = known ? ownedBlock(indexOf(known)) : null;
  const read = readTables(
    ss,
    [CUSTOMERS, INTERACTIONS, SETTINGS],
    layout,
    locale,
    guess ? [ownedA1(guess.first, guess.count)] : [],
  );
  if (read.layoutChanged) saveLayout(layout);
  const [customerValues, interactionValues, settingValues] = read.tables.map((t) => t.values) as [
    unknown[][],
    unknown[][],
    unknown[][],
  ];

  const settingsRead = parseSettings(settingValues, locale);
  const { table, customers } = parseCustomers(customerValues, {
    ...ctx,
    valueBasis: settingsRead.settings.valueBasis,
  });
  const needed = table.errors.filter((_, i) => NEEDED.includes(table.errorKeys[i]!));
  const problems = [...settingsRead.errors, ...needed];
  if (problems.length > 0) throw new ApiFailure('invalid', summarizeErrors(problems, locale));
  const missing = CUSTOMER_OWNED_KEYS.filter((k) => (table.map.index[k] ?? -1) < 0);
  if (missing.length > 0)
    throw new ApiFailure(
      'setup',
      storeMessage(locale, 'missingColumn', {
        sheet: CUSTOMERS.sheet,
        header: CUSTOMERS.columns
          .filter((c) => missing.includes(c.key))
          .map((c) => c.header)
          .join(', '),
      }),
    );
  // The add-on's cells hold labels in the team's language, as the Settings sheet says now. The
  // context's language already is the user's when both the old and new setting are auto.
  const language = settingsRead.settings.language;
  const cellLocale: Locale =
    language === 'auto' && (layout.language ?? 'auto') === 'auto' ? locale : teamLocale(language);
  layout.language = language;

  let classes;
  try {
    classes = classifyCustomers(customers, settingsRead.settings);
  } catch (error) {
    throw new ApiFailure('invalid', `${SETTINGS.sheet}: ${(error as Error).message}`);
  }

  // Interactions grouped by customer, read only in the columns that matter here.
  const interactions = parseTable(INTERACTIONS, interactionValues, {
    ...ctx,
    keyColumn: 'customerId',
    keys: ['loggedAt', 'customerId', 'date', 'nextStep', 'followUpDate'],
  });
  const byCustomer = new Map<string, InteractionRecord[]>();
  for (const row of interactions.rows) {
    const i = toInteraction(row);
    const list = byCustomer.get(i.customerId);
    if (list) list.push(i);
    else byCustomer.set(i.customerId, [i]);
  }

  const today = todayIn(ctx.timeZone);
  const dataRows = customerValues.length - 1;
  const rowsOut: unknown[][] = [];
  const byRow = new Map(customers.map((c, i) => [c.row, i]));
  const counts: Record<Tier, number> = { A: 0, B: 0, C: 0, D: 0 };
  const keyOrder = CUSTOMER_OWNED_KEYS.slice().sort(
    (a, b) => table.map.index[a]! - table.map.index[b]!,
  );
  for (let r = 2; r <= dataRows + 1; r++) {
    const i = byRow.get(r);
    if (i === undefined) {
      rowsOut.push(keyOrder.map(() => ''));
      continue;
    }
    const c = customers[i]!;
    const k = classes[i]!;
    if (k.tier) counts[k.tier]++;
    const mine = byCustomer.get(c.id) ?? [];
    const follow = pendingFollowUpOf(mine, today);
    const cells: Record<string, unknown> = encodeChoices(
      CUSTOMERS,
      {
        tier: k.tier,
        quadrant: k.quadrant,
        band: k.band === 'none' ? '' : k.band,
        lastContact: lastContactOf(mine),
        nextFollowUp: follow?.date ?? '',
      },
      cellLocale,
    );
    rowsOut.push(keyOrder.map((key) => cells[key]));
  }
  if (guess && read.extra?.[0]) {
    // Whole columns from row 2: rows past the data are cleared (they are ours).
    read.extra[0].setValues(rowsOut);
  } else {
    // Columns moved apart: one write per column, never over the user's columns between them.
    // Every cell is first marked in one call, so that a recalculation cut short between two
    // columns says so in each cell it did not reach, instead of leaving new values beside old
    // ones; the next recalculation overwrites the mark.
    const list = ss.getRangeList(
      keyOrder.map((key) => {
        const at = table.map.index[key]!;
        return `${sheetPrefix(CUSTOMERS.sheet)}!${columnLetter(at)}2:${columnLetter(at)}${dataRows + 1}`;
      }),
    );
    list.setValue(localize(DB_MESSAGES.recalcInterrupted, locale));
    const ranges = list.getRanges();
    keyOrder.forEach((_, k) => ranges[k]!.setValues(rowsOut.map((row) => [row[k]])));
  }
  // The card's revenue share is taken from the total as of the tiers just written.
  const total = totalRevenueOf(customers);
  if (layout.totalRevenue !== total) {
    layout.totalRevenue = total;
    saveLayout(layout);
  }
  return { customers: customers.length, counts };
}

/** Menu handler. */
export function menuRecalculateTiers(): void {
  let locale: Locale = userLocale();
  let ctx: DbContext | undefined;
  let message: string;
  try {
    // Someone who may not edit is refused before anything is read or remembered.
    requireEditor(() => addonCell(SpreadsheetApp.getActive()), locale);
    ctx = openContext();
    locale = ctx.locale;
    const report = recalculateTiers(ctx);
    message = fillTemplate(localize(DB_MESSAGES.recalcDone, locale), {
      count: report.customers,
      a: report.counts.A,
      b: report.counts.B,
      c: report.counts.C,
      d: report.counts.D,
    });
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    message = `${localize(DB_MESSAGES.recalcRefused, locale)}\n\n${error.message}`;
  }
  (ctx?.ss ?? SpreadsheetApp.getActive()).toast(
    message,
    localize(DB_MESSAGES.recalcTitle, locale),
    10,
  );
}
