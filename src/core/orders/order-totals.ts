import { InputError, isDateCell, readNumberCell } from '../range-input';
import { customerKey } from './customer-key';
import { cellAt, type CellColumn } from './cell-column';

/** Order lines as cells: parallel columns of the same length. */
export interface OrderCells {
  readonly customers: CellColumn;
  readonly amounts: CellColumn;
  /** Needed when a window is given. */
  readonly dates?: CellColumn | null;
}

/** The instants [from, to) an order must fall in (±Infinity for an open end). */
export interface InstantWindow {
  readonly from: number;
  readonly to: number;
}

/** Read once: a global looked up per cell is slow in some engines (a vm context's proxy). */
const DATE = Date;

function sameLength(a: CellColumn, aName: string, b: CellColumn, bName: string): void {
  if (a.length !== b.length) {
    throw new InputError(
      `${aName} has ${a.length} ${a.position}s but ${bName} has ${b.length}; pass ranges of the same size`,
    );
  }
}

/** The first line whose customer cell is `raw`, to name it in a message (a rare, bad id). */
function lineOf(customers: CellColumn, raw: unknown): number {
  let i = 0;
  while (i < customers.length - 1 && !Object.is(cellAt(customers, i), raw)) i++;
  return i;
}

/**
 * Each customer's total over the order lines, in one pass over the lines and one over the
 * customers (O(n + m), where a SUMIFS per customer is O(n × m)). Returns one total per entry of
 * `customerIds` (keys, see customerKey): NaN for a blank one, 0 for a customer without orders.
 * A line with a blank amount is skipped; a line whose customer is not in the list is left out;
 * with a `window`, a line counts when its date is in [from, to). Text amounts, a blank customer
 * or date on a line with an amount, and a date cell that is not a date are
 * {@link InputError}s naming the argument and the row.
 */
export function orderTotals(
  customerIds: readonly string[],
  orders: OrderCells,
  window: InstantWindow | null,
): Float64Array {
  const { customers, amounts } = orders;
  sameLength(customers, 'order_customer_ids', amounts, 'order_amounts');
  const dates = window ? orders.dates : null;
  if (window && !dates) throw new InputError('from and to need order_dates to pick the orders');
  if (dates) sameLength(customers, 'order_customer_ids', dates, 'order_dates');
  // The hot loop sums by the cell as it is (a Map of the ids in the order of the lines, as
  // fast as a plain Map sum); ids are matched to customers once per distinct id afterwards.
  const flat = !customers.across && !amounts.across && !(dates && dates.across);
  const ids = customers.grid;
  const values = amounts.grid;
  const when = dates ? dates.grid : null;
  const from = window ? window.from : 0;
  const to = window ? window.to : 0;
  const at = (i: number): string => `${customers.position} ${i + 1}`;
  const slots = new Map<unknown, number>();
  const sums: number[] = [];
  for (let i = 0; i < customers.length; i++) {
    let amount = flat ? values[i]![0] : cellAt(amounts, i);
    if (typeof amount !== 'number' || amount - amount !== 0) {
      const read = readNumberCell(amount);
      if (read.kind === 'blank') continue;
      if (read.kind === 'invalid')
        throw new InputError(`order_amounts ${at(i)} is ${read.problem}`);
      amount = read.value;
    }
    if (when) {
      const date = flat ? when[i]![0] : cellAt(dates!, i);
      if (!(date instanceof DATE) && !isDateCell(date)) {
        throw new InputError(
          date === '' || date === null || date === undefined
            ? `order_dates ${at(i)} is blank but order_amounts ${at(i)} is not`
            : `order_dates ${at(i)} is ${JSON.stringify(date)}, not a date`,
        );
      }
      const t = (date as Date).getTime();
      if (!(t >= from && t < to)) continue;
    }
    const id = flat ? ids[i]![0] : cellAt(customers, i);
    const slot = slots.get(id);
    if (slot === undefined) {
      slots.set(id, sums.length);
      sums.push(amount as number);
    } else sums[slot] = sums[slot]! + (amount as number);
  }
  const byKey = new Map<string, number>();
  for (const [raw, slot] of slots) {
    const key = customerKey(raw);
    if (key === null || key === '') {
      const where = at(lineOf(customers, raw));
      throw new InputError(
        key === ''
          ? `order_customer_ids ${where} is blank but order_amounts ${where} is not`
          : `order_customer_ids ${where} is not a customer id`,
      );
    }
    byKey.set(key, (byKey.get(key) ?? 0) + sums[slot]!);
  }
  const totals = new Float64Array(customerIds.length);
  for (let i = 0; i < customerIds.length; i++) {
    const key = customerIds[i]!;
    totals[i] = key === '' ? NaN : (byKey.get(key) ?? 0);
  }
  return totals;
}
