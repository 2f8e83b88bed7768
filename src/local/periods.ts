/**
 * Revenue per period, kept in the book as a plain sheet `Revenue by Period` (Customer ID, then
 * one column per period such as `2026-Q2`). The demo book and order imports write it; the CLI
 * reads it to run the report once per period.
 */
import { CUSTOMER_HEADERS } from './sheet-headers';
import type { CellValue, WorkbookData } from './workbook-io/workbook-data';

export const PERIOD_SHEET = 'Revenue by Period';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The label of the period holding a calendar date given as y, m (1–12). */
export function periodLabel(kind: PeriodKind, year: number, month: number): string {
  if (kind === 'year') return String(year);
  if (kind === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** First day and the day after the last day of a period label, as calendar dates (UTC). */
export function periodRange(label: string): { start: Date; end: Date } {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  const year = /^(\d{4})$/.exec(label);
  if (quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    return { start: new Date(Date.UTC(y, (q - 1) * 3, 1)), end: new Date(Date.UTC(y, q * 3, 1)) };
  }
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
  }
  if (year) {
    const y = Number(year[1]);
    return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
  }
  throw new Error(`"${label}" is not a period (expected 2026-Q3, 2026-09 or 2026)`);
}

/** Revenue per customer id for each period, in the sheet's column order. */
export interface PeriodRevenue {
  readonly periods: readonly string[];
  /** customer id → revenue per period (same order as `periods`). */
  readonly byCustomer: ReadonlyMap<string, readonly number[]>;
}

/** Builds the `Revenue by Period` sheet. */
export function periodSheet(revenue: PeriodRevenue): { name: string; values: CellValue[][] } {
  const values: CellValue[][] = [[CUSTOMER_HEADERS.id, ...revenue.periods]];
  for (const [id, amounts] of revenue.byCustomer) values.push([id, ...amounts]);
  return { name: PERIOD_SHEET, values };
}

/** Reads `Revenue by Period` from a book, or undefined when the book has no such sheet. */
export function readPeriodRevenue(book: WorkbookData): PeriodRevenue | undefined {
  const sheet = book.sheets.find((s) => s.name === PERIOD_SHEET);
  const header = sheet?.values[0];
  if (!sheet || !header || header.length < 2) return undefined;
  const periods = header.slice(1).map(String);
  periods.forEach(periodRange); // a bad label is refused here, with its text
  const byCustomer = new Map<string, number[]>();
  sheet.values.slice(1).forEach((row, index) => {
    const id = String(row[0] ?? '').trim();
    if (id === '') return;
    byCustomer.set(
      id,
      periods.map((period, p) => {
        const value = row[p + 1] ?? '';
        if (value === '') return 0;
        if (typeof value !== 'number') {
          throw new Error(
            `${PERIOD_SHEET}!row ${index + 2} (${period}): expected a number, got "${String(value)}"`,
          );
        }
        return value;
      }),
    );
  });
  return { periods, byCustomer };
}
