/**
 * One order line's fields (split by csv-parse, see import-orders.ts) → customer, calendar date
 * and amount in cents. The columns are found by header name when there is a header.
 */

export interface OrderLine {
  readonly customer: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Integer cents, so totals add up exactly. */
  readonly cents: number;
}

export interface OrderColumns {
  readonly customer: number;
  readonly date: number;
  readonly amount: number;
  readonly width: number;
}

const HEADER_NAMES = {
  customer: /cust|client|buyer|account|member|user|^id$/i,
  date: /date|day|time|when/i,
  amount: /amount|value|revenue|total|sales|dollar|price|sum|spend/i,
};

const DATE = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T ].*)?$/;
const AMOUNT = /^[-+]?\$?\d+([.,]\d+)?$/;

/**
 * Reads the first record: a header names the columns; otherwise three columns are taken as
 * customer, date, amount.
 */
export function detectColumns(
  cells: readonly string[],
): { columns: OrderColumns; isHeader: boolean } | { error: string } {
  const looksLikeData = cells.some((c) => DATE.test(c)) && cells.some((c) => AMOUNT.test(c));
  if (looksLikeData) {
    if (cells.length !== 3) {
      return {
        error: `no header and ${cells.length} columns: add a header naming the customer, date and amount columns, or give exactly those three columns`,
      };
    }
    return { columns: { customer: 0, date: 1, amount: 2, width: 3 }, isHeader: false };
  }
  const find = (pattern: RegExp, taken: number[]): number =>
    cells.findIndex((c, i) => pattern.test(c) && !taken.includes(i));
  const amount = find(HEADER_NAMES.amount, []);
  const date = find(HEADER_NAMES.date, [amount]);
  const customer = find(HEADER_NAMES.customer, [amount, date]);
  const missing = Object.entries({ customer, date, amount })
    .filter(([, index]) => index < 0)
    .map(([name]) => name);
  if (missing.length > 0) {
    return {
      error: `the header "${cells.join(' | ')}" has no ${missing.join(', ')} column (expected names such as customer_id, date, amount)`,
    };
  }
  return { columns: { customer, date, amount, width: cells.length }, isHeader: true };
}

/**
 * Parses one data record; a string is the reason it cannot be read. With `decimalComma` (a
 * `;` file) amounts are written `11,77`.
 */
export function parseOrderLine(
  cells: readonly string[],
  columns: OrderColumns,
  decimalComma = false,
): OrderLine | string {
  if (cells.length < columns.width) {
    return `expected ${columns.width} columns, found ${cells.length}: "${cells.join(' ')}"`;
  }
  const customer = cells[columns.customer]!;
  if (customer === '') return 'the customer is blank';
  const dateText = cells[columns.date]!;
  const match = DATE.exec(dateText);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  const check = match ? new Date(Date.UTC(year!, month! - 1, day!)) : undefined;
  if (!check || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day) {
    return `"${dateText}" is not a date (expected yyyymmdd or yyyy-mm-dd)`;
  }
  const written = cells[columns.amount]!.replace('$', '');
  const amountText = decimalComma ? written.replace(',', '.') : written;
  if (!AMOUNT.test(amountText) || amountText.includes(','))
    return `amount "${cells[columns.amount]}" is not a number`;
  return {
    customer,
    year: year!,
    month: month!,
    day: day!,
    cents: Math.round(Number(amountText) * 100),
  };
}
