import { dayFromNumber, dayNumber } from '../calendar';
import { InputError } from '../range-input';
import { customerStatus, type CustomerStatus } from './customer-status';
import { indexKeys } from './customer-key';
import { lifecycleStage, type LifecycleRule, type LifecycleStage } from './lifecycle-stage';
import { shareOfWallet } from './share-of-wallet';
import { trend } from './trend';
import { DEFAULT_WINDOW, type WindowSpec } from './value-window';
import { windowBefore, type DayRange } from './window-days';
import { startOfDay, dayOfInstant, memoOffsets, type OffsetAt } from './zone-offset';

/** Order lines, column by column (line i is index i in every column). */
export interface OrderLines {
  /** Customer id keys (see customerKey); '' on a blank line. */
  readonly customerIds: readonly string[];
  /** Revenue of each line; NaN on a line with no amount (skipped). Refunds are negative. */
  readonly amounts: ArrayLike<number>;
  /** Profit of each line, NaN where blank (counted as 0); needed for the profit basis. */
  readonly profits?: ArrayLike<number> | null;
  /** When each line was ordered: an instant in ms. */
  readonly times: ArrayLike<number>;
  /** Order ids, '' where none: a repeated id is reported and counted once. */
  readonly orderIds?: readonly string[] | null;
}

export interface AggregateOptions {
  /** The spreadsheet's calendar day today (`yyyy-MM-dd`); windows end at the end of yesterday. */
  readonly today: string;
  readonly window?: WindowSpec;
  readonly basis?: 'revenue' | 'profit';
  readonly offsetAt: OffsetAt;
  readonly rule: LifecycleRule;
  /** Each customer's yearly budget for our category (NaN or ≤ 0: none). */
  readonly budgets?: ArrayLike<number> | null;
}

/** What the orders say about one customer, as of the end of yesterday. */
export interface CustomerOrderStats {
  /** Revenue or profit in the window. */
  readonly value: number;
  /** The same in the previous window (null for the `all` window). */
  readonly previousValue: number | null;
  readonly trend: number | null;
  /** Orders in the window (lines with a positive amount; refunds are not orders). */
  readonly orders: number;
  /** The window's value per order; null without an order. */
  readonly averageOrder: number | null;
  readonly firstOrder: string | null;
  readonly lastOrder: string | null;
  /** Days from the first order to the last. */
  readonly relationshipDays: number | null;
  readonly daysSinceLastOrder: number | null;
  readonly status: CustomerStatus | null;
  readonly shareOfWallet: number | null;
  readonly stage: LifecycleStage | null;
}

/** A repeated order id: the line (0-based) that repeats it and the line counted. */
export interface RepeatedOrder {
  readonly orderId: string;
  readonly line: number;
  readonly firstLine: number;
}

/** Orders whose customer is not in the customer list. */
export interface UnknownCustomer {
  readonly customerId: string;
  readonly lines: number;
  readonly firstLine: number;
  readonly amount: number;
}

export interface OrderAggregate {
  readonly customers: CustomerOrderStats[];
  /** The window and the previous one, `yyyy-MM-dd` inclusive (first null for `all`). */
  readonly window: { readonly first: string | null; readonly last: string };
  readonly previousWindow: { readonly first: string; readonly last: string } | null;
  readonly repeatedOrders: RepeatedOrder[];
  readonly unknownCustomers: UnknownCustomer[];
  /** Lines dated after the window's end (today or later): not counted. */
  readonly linesAfterEnd: number;
}

/** Half-open instant bounds [from, to) of a day range in the zone. */
function bounds(range: DayRange, offsetAt: OffsetAt): [number, number] {
  const from = range.first === -Infinity ? -Infinity : startOfDay(range.first, offsetAt);
  return [from, startOfDay(range.last + 1, offsetAt)];
}

const isoOrNull = (day: number): string | null =>
  Number.isFinite(day) ? dayFromNumber(day) : null;

/**
 * Everything the orders say per customer, in one pass over the lines and one over the
 * customers (O(lines + customers)). `customerIds` are the customer list's keys; the result's
 * `customers[i]` belongs to `customerIds[i]` (a repeated id gets the first row's figures).
 * The value window ends at the end of yesterday (see windowBefore). The lifecycle compares the
 * window with the previous one; with the `all` window it compares the trailing 12 months
 * with the 12 before. Lines after the window's end are left out of everything.
 */
export function aggregateOrders(
  customerIds: readonly string[],
  lines: OrderLines,
  options: AggregateOptions,
): OrderAggregate {
  const offsetAt = memoOffsets(options.offsetAt);
  const spec = options.window ?? DEFAULT_WINDOW;
  const days = windowBefore(spec, options.today);
  const stageDays = days.previous ? days : windowBefore(DEFAULT_WINDOW, options.today);
  const stagePrevious = stageDays.previous!;
  const [c0, c1] = bounds(days.current, offsetAt);
  const [p0, p1] = days.previous ? bounds(days.previous, offsetAt) : [NaN, NaN];
  // Both windows end yesterday, so only the stage window's start differs.
  const [s0] = bounds(stageDays.current, offsetAt);
  const [t0, t1] = bounds(stagePrevious, offsetAt);
  const separateStage = !days.previous;

  const index = indexKeys(customerIds);
  const n = customerIds.length;
  const value = new Float64Array(n);
  const previous = new Float64Array(n);
  const stageValue = new Float64Array(n);
  const stagePrev = new Float64Array(n);
  const revenue = new Float64Array(n);
  const orders = new Int32Array(n);
  const first = new Float64Array(n).fill(Infinity);
  const last = new Float64Array(n).fill(-Infinity);
  const profitBasis = options.basis === 'profit';
  const { amounts, times } = lines;
  const profits = lines.profits ?? null;
  if (profitBasis && !profits) throw new Error('the profit basis needs a profit column');
  const orderIds = lines.orderIds ?? null;
  const seenOrders = new Map<string, number>();
  const repeatedOrders: RepeatedOrder[] = [];
  const unknown = new Map<string, { lines: number; firstLine: number; amount: number }>();
  let linesAfterEnd = 0;
  let earliest = Infinity;

  for (let i = 0; i < lines.customerIds.length; i++) {
    const amount = amounts[i]!;
    if (amount !== amount) continue;
    const orderId = orderIds ? orderIds[i]! : '';
    if (orderId !== '') {
      const seen = seenOrders.get(orderId);
      if (seen !== undefined) {
        repeatedOrders.push({ orderId, line: i, firstLine: seen });
        continue;
      }
      seenOrders.set(orderId, i);
    }
    const key = lines.customerIds[i]!;
    const c = index.get(key);
    if (c === undefined) {
      const entry = unknown.get(key);
      if (entry) {
        entry.lines++;
        entry.amount += amount;
      } else unknown.set(key, { lines: 1, firstLine: i, amount });
      continue;
    }
    const t = times[i]!;
    if (t !== t) throw new InputError(`order line ${i + 1} has an amount but no date`);
    if (t >= c1) {
      linesAfterEnd++;
      continue;
    }
    if (t < earliest) earliest = t;
    let v = amount;
    if (profitBasis) {
      const p = profits![i]!;
      v = p === p ? p : 0;
    }
    if (t >= c0) {
      value[c] = value[c]! + v;
      revenue[c] = revenue[c]! + amount;
      if (amount > 0) orders[c] = orders[c]! + 1;
    } else if (t >= p0 && t < p1) previous[c] = previous[c]! + v;
    if (separateStage) {
      if (t >= s0) stageValue[c] = stageValue[c]! + v;
      else if (t >= t0 && t < t1) stagePrev[c] = stagePrev[c]! + v;
    }
    if (amount > 0) {
      if (t < first[c]!) first[c] = t;
      if (t > last[c]!) last[c] = t;
    }
  }

  const today = dayNumber(options.today);
  const windowDays =
    days.current.first === -Infinity
      ? earliest === Infinity
        ? 0
        : days.current.last - dayOfInstant(earliest, offsetAt) + 1
      : days.current.last - days.current.first + 1;
  const budgets = options.budgets ?? null;
  const customers = new Array<CustomerOrderStats>(n);
  for (let i = 0; i < n; i++) {
    const c = index.get(customerIds[i]!) ?? i;
    const ordered = first[c]! !== Infinity;
    const firstDay = ordered ? dayOfInstant(first[c]!, offsetAt) : NaN;
    const lastDay = ordered ? dayOfInstant(last[c]!, offsetAt) : NaN;
    const daysSince = ordered ? today - lastDay : null;
    const v = value[c]!;
    const prev = days.previous ? previous[c]! : null;
    customers[i] = {
      value: v,
      previousValue: prev,
      trend: trend(v, prev),
      orders: orders[c]!,
      averageOrder: orders[c]! > 0 ? v / orders[c]! : null,
      firstOrder: isoOrNull(firstDay),
      lastOrder: isoOrNull(lastDay),
      relationshipDays: ordered ? lastDay - firstDay : null,
      daysSinceLastOrder: daysSince,
      status: customerStatus(daysSince, options.rule.dormantDays, options.rule.lostDays),
      shareOfWallet: shareOfWallet(revenue[c]!, windowDays, budgets ? budgets[i] : null),
      stage: lifecycleStage(
        {
          value: separateStage ? stageValue[c]! : v,
          previous: separateStage ? stagePrev[c]! : prev!,
          firstOrderDay: ordered ? firstDay : null,
          daysSinceLastOrder: daysSince,
        },
        { current: stageDays.current, previous: stagePrevious },
        options.rule,
      ),
    };
  }
  return {
    customers,
    window: { first: isoOrNull(days.current.first), last: dayFromNumber(days.current.last) },
    previousWindow: days.previous
      ? { first: dayFromNumber(days.previous.first), last: dayFromNumber(days.previous.last) }
      : null,
    repeatedOrders,
    unknownCustomers: [...unknown].map(([customerId, u]) => ({ customerId, ...u })),
    linesAfterEnd,
  };
}
