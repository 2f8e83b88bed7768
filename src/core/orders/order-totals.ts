import { InputError, isDateCell, readNumberCell } from '../range-input';
import { customerKey, indexKeys } from './customer-key';
import type { CellColumn } from './cell-column';

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

function sameLength(a: CellColumn, aName: string, b: CellColumn, bName: string): void {
  if (a.cells.length !== b.cells.length) {
    throw new InputError(
      `${aName} has ${a.cells.length} ${a.position}s but ${bName} has ${b.cells.length}; pass ranges of the same size`,
    );
  }
}

/**
 * Each customer's total over the order lines, in one pass over the customers and one over the
 * lines (O(n + m), where a SUMIFS per customer is O(n × m)). Returns one total per entry of
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
  const index = indexKeys(customerIds);
  const sums = new Float64Array(customerIds.length);
  const ids = customers.cells;
  const values = amounts.cells;
  const when = dates ? dates.cells : null;
  const from = window ? window.from : 0;
  const to = window ? window.to : 0;
  const at = (i: number): string => `${customers.position} ${i + 1}`;
  for (let i = 0; i < ids.length; i++) {
    let amount = values[i];
    if (typeof amount !== 'number' || amount - amount !== 0) {
      const read = readNumberCell(amount);
      if (read.kind === 'blank') continue;
      if (read.kind === 'invalid')
        throw new InputError(`order_amounts ${at(i)} is ${read.problem}`);
      amount = read.value;
    }
    if (when) {
      const date = when[i];
      if (!(date instanceof Date) && !isDateCell(date)) {
        throw new InputError(
          date === '' || date === null || date === undefined
            ? `order_dates ${at(i)} is blank but order_amounts ${at(i)} is not`
            : `order_dates ${at(i)} is ${JSON.stringify(date)}, not a date`,
        );
      }
      const t = (date as Date).getTime();
      if (!(t >= from && t < to)) continue;
    }
    const id = ids[i];
    let c = index.get(id as string);
    if (c === undefined) {
      const key = customerKey(id);
      if (key === '') {
        throw new InputError(
          `order_customer_ids ${at(i)} is blank but order_amounts ${at(i)} is not`,
        );
      }
      if (key === null) throw new InputError(`order_customer_ids ${at(i)} is not a customer id`);
      c = index.get(key);
      if (c === undefined) continue;
    }
    sums[c] = sums[c]! + (amount as number);
  }
  const totals = new Float64Array(customerIds.length);
  for (let i = 0; i < customerIds.length; i++) {
    const key = customerIds[i]!;
    totals[i] = key === '' ? NaN : sums[index.get(key)!]!;
  }
  return totals;
}
