import { describe, expect, it } from 'vitest';
import {
  aggregateOrders,
  DEFAULT_LIFECYCLE_RULE,
  type OffsetAt,
  type OrderLines,
} from '../../../src/core/orders';

// A hand-made book in Shanghai time (UTC+8), today 2026-12-01: the 12 months are
// 2025-12-01 … 2026-11-30, the previous 12 months 2024-12-01 … 2025-11-30.
const shanghai: OffsetAt = () => 480;
const at = (day: string, time = '12:00'): number => Date.parse(`${day}T${time}:00+08:00`);

type Line = [customer: string, day: string, amount: number, orderId?: string, time?: string];
const LINES: Line[] = [
  ['brk', '2026-10-01', 500, 'X1'],
  ['brk', '2026-10-01', 500, 'X1'], // the same order exported twice
  ['con', '2025-06-01', 100],
  ['con', '2026-11-01', 200],
  ['gro', '2024-01-01', 50],
  ['gro', '2025-06-01', 100],
  ['gro', '2026-11-20', 110],
  ['har', '2024-01-01', 50],
  ['har', '2025-06-01', 100],
  ['har', '2026-11-20', 105],
  ['def', '2024-01-01', 50],
  ['def', '2025-06-01', 100],
  ['def', '2026-11-20', 100],
  ['def', '2026-11-21', -10], // a refund: lowers the value, is not an order
  ['hib', '2024-01-01', 80],
  ['hib', '2026-08-01', 80],
  ['pau', '2024-01-01', 80],
  ['pau', '2025-06-01', 80],
  ['edge', '2025-11-30', 3, '', '23:59'], // previous window's last minute
  ['edge', '2025-12-01', 7, '', '00:00'], // current window's first minute
  ['edge', '2026-11-30', 1, '', '23:59'], // current window's last minute
  ['edge', '2026-12-01', 1000, '', '00:00'], // today: after the window
  ['ghost', '2026-05-01', 40],
  ['ghost', '2026-06-01', 60],
];
const CUSTOMERS = ['brk', 'con', 'gro', 'har', 'def', 'hib', 'pau', 'edge', 'none', ''];

function lines(rows: Line[] = LINES): OrderLines {
  return {
    customerIds: rows.map((r) => r[0]),
    amounts: Float64Array.from(rows, (r) => r[2]),
    profits: Float64Array.from(rows, (r) => r[2] / 10),
    times: Float64Array.from(rows, (r) => at(r[1], r[4])),
    orderIds: rows.map((r) => r[3] ?? ''),
  };
}

const options = { today: '2026-12-01', offsetAt: shanghai, rule: DEFAULT_LIFECYCLE_RULE };
const budgets = Float64Array.from(CUSTOMERS, (c) => (c === 'brk' ? 1000 : NaN));
const result = aggregateOrders(CUSTOMERS, lines(), { ...options, budgets });
const of = (id: string) => result.customers[CUSTOMERS.indexOf(id)]!;

describe('aggregateOrders on a hand-made book', () => {
  it('names the windows', () => {
    expect(result.window).toEqual({ first: '2025-12-01', last: '2026-11-30' });
    expect(result.previousWindow).toEqual({ first: '2024-12-01', last: '2025-11-30' });
  });

  it('gives every lifecycle stage and status', () => {
    const stages = ['brk', 'con', 'gro', 'har', 'def', 'hib', 'pau', 'none'].map((c) => [
      c,
      of(c).stage,
      of(c).status,
    ]);
    expect(stages).toEqual([
      ['brk', 'breakthrough', 'active'],
      ['con', 'consolidation', 'active'],
      ['gro', 'growth', 'active'],
      ['har', 'harvest', 'active'],
      ['def', 'defence', 'active'],
      ['hib', 'hibernation', 'dormant'],
      ['pau', 'pause', 'lost'],
      ['none', null, null],
    ]);
  });

  it('counts a repeated order id once and reports it', () => {
    expect(of('brk')).toMatchObject({ value: 500, orders: 1, averageOrder: 500 });
    expect(result.repeatedOrders).toEqual([{ orderId: 'X1', line: 1, firstLine: 0 }]);
  });

  it('counts refunds in the value, not as orders', () => {
    expect(of('def')).toMatchObject({ value: 90, previousValue: 100, orders: 1, averageOrder: 90 });
    expect(of('def').trend).toBeCloseTo(-0.1, 12);
  });

  it('puts an order at 23:59 in the window and one at 00:00 the next day in the next', () => {
    expect(of('edge')).toMatchObject({ value: 8, previousValue: 3, orders: 2 });
    expect(of('edge').lastOrder).toBe('2026-11-30');
    expect(result.linesAfterEnd).toBe(1);
  });

  it('reports orders whose customer is not in the list', () => {
    expect(result.unknownCustomers).toEqual([
      { customerId: 'ghost', lines: 2, firstLine: 22, amount: 100 },
    ]);
  });

  it('measures retention, recency, frequency and share of wallet', () => {
    expect(of('gro')).toMatchObject({
      firstOrder: '2024-01-01',
      lastOrder: '2026-11-20',
      relationshipDays: 1054,
      daysSinceLastOrder: 11,
      orders: 1,
    });
    expect(of('hib').daysSinceLastOrder).toBe(122);
    expect(of('brk').shareOfWallet).toBe(0.5); // 500 over 365 days, a 1,000 budget
    expect(of('con').shareOfWallet).toBeNull();
    expect(of('none')).toMatchObject({ value: 0, orders: 0, averageOrder: null, firstOrder: null });
  });

  it('ranks by profit on the profit basis, and share of wallet stays on revenue', () => {
    const profit = aggregateOrders(CUSTOMERS, lines(), { ...options, budgets, basis: 'profit' });
    const brk = profit.customers[0]!;
    expect(brk.value).toBe(50);
    expect(brk.shareOfWallet).toBe(0.5);
  });

  it('with the all window: no previous value or trend, stages on the trailing 12 months', () => {
    const all = aggregateOrders(CUSTOMERS, lines(), { ...options, window: { kind: 'all' } });
    const gro = all.customers[2]!;
    expect(gro).toMatchObject({ value: 260, previousValue: null, trend: null, stage: 'growth' });
    expect(all.window).toEqual({ first: null, last: '2026-11-30' });
    expect(all.previousWindow).toBeNull();
  });

  it('is one pass: the totals equal a naive sum per customer', () => {
    const naive = new Map<string, number>();
    for (const [c, day, amount, , time] of LINES) {
      const t = at(day, time);
      if (t >= at('2025-12-01', '00:00') && t < at('2026-12-01', '00:00') && c !== 'brk')
        naive.set(c, (naive.get(c) ?? 0) + amount);
    }
    for (const c of ['con', 'gro', 'har', 'def', 'hib', 'pau', 'edge'])
      expect(of(c).value).toBeCloseTo(naive.get(c) ?? 0, 9);
  });

  it('refuses an amount without a date, naming the line', () => {
    const bad = lines([['brk', '2026-01-01', 5]]);
    (bad.times as Float64Array)[0] = NaN;
    expect(() => aggregateOrders(['brk'], bad, options)).toThrow(
      'order line 1 has an amount but no date',
    );
  });
});
