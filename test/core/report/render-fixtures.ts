/**
 * Fixed digest models for the render tests and the browser screenshots: a realistic week
 * (a dozen changes, every watch list filled, a hostile customer name), a quiet week, the
 * first report (a baseline), and the busy week in Chinese.
 */
import type {
  DigestChange,
  DigestMigration,
  DigestModel,
} from '../../../src/core/report/digest-model';
import type { Tier } from '../../../src/core/crm/vocabulary';
import { tierForecast } from '../../../src/core/orders';
import type { TierChange } from '../../../src/core/report/tier-changes';

/**
 * A hand-made migration, counted by hand in the tests. Then: a A, b C, c B, d B, e D, f C,
 * g A, h D. Now: a A, b B, c B, d C, e D, f D, n C (g and h gone, n new).
 */
export const HAND_MADE = {
  customers: [
    { id: 'a', tier: 'A' },
    { id: 'b', tier: 'B' },
    { id: 'c', tier: 'B' },
    { id: 'd', tier: 'C' },
    { id: 'e', tier: 'D' },
    { id: 'f', tier: 'D' },
    { id: 'n', tier: 'C' },
  ],
  changes: [
    { customerId: 'b', name: 'b', from: 'C', to: 'B', value: 5 },
    { customerId: 'd', name: 'd', from: 'B', to: 'C', value: 4 },
    { customerId: 'f', name: 'f', from: 'C', to: 'D', value: 1 },
    { customerId: 'g', name: 'g', from: 'A', to: null, value: 9 },
    { customerId: 'h', name: 'h', from: 'D', to: null, value: 1 },
    { customerId: 'n', name: 'n', from: null, to: 'C', value: 3 },
  ],
} as const satisfies {
  customers: readonly { id: string; tier: Tier }[];
  changes: readonly TierChange[];
};

/** A migration from its 6 × 6 table (rows A–D, New, Total; columns A–D, Gone, Total). */
function migration(table: number[][]): DigestMigration {
  const before = [0, 1, 2, 3].reduce((s, i) => s + table[i]![5]!, 0);
  const kept = [0, 1, 2, 3].reduce((s, i) => s + table[i]![i]!, 0);
  const counts = table.slice(0, 5).map((row) => row.slice(0, 5));
  return { table, kept: kept / before, forecast: tierForecast(counts, 1) };
}

export const XSS_NAME = '<b>x</b><img src=x onerror=alert(1)>';

function change(
  customerId: string,
  name: string,
  from: DigestChange['from'],
  to: DigestChange['to'],
  value: number,
  reason: string,
): DigestChange {
  return { customerId, name, tier: to, from, to, value, reason };
}

/** A busy week in a book of 1,000 customers. */
export const BUSY_WEEK: DigestModel = {
  locale: 'en',
  spreadsheetName: 'Key accounts 2026 & "east" <region>',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/1AbC-xyz_123/edit',
  timeZone: 'Asia/Shanghai',
  period: { key: '2026-W49', frequency: 'weekly', start: '2026-11-30', end: '2026-12-06' },
  generatedAt: '2026-12-02 07:00',
  valueBasis: 'revenue',
  pyramid: [
    { tier: 'A', customers: 10, value: 12_040_000, customerShare: 0.01, valueShare: 0.301 },
    { tier: 'B', customers: 40, value: 9_830_000, customerShare: 0.04, valueShare: 0.2457 },
    { tier: 'C', customers: 150, value: 10_120_000, customerShare: 0.15, valueShare: 0.253 },
    { tier: 'D', customers: 800, value: 8_015_500.5, customerShare: 0.8, valueShare: 0.2003 },
  ],
  totalCustomers: 1000,
  totalValue: 40_005_500.5,
  pareto: { topShare: 0.2, valueShare: 0.678, previousValueShare: 0.666 },
  promotions: [
    change(
      'C-0037',
      XSS_NAME,
      'B',
      'A',
      1_204_000,
      'revenue 1,204,000 is rank 7 of 1,000; A takes ranks 1–10',
    ),
    change(
      'C-0112',
      'Golden River Trading',
      'C',
      'B',
      402_500,
      'revenue 402,500 is rank 31 of 1,000; B takes ranks 11–50',
    ),
    change(
      'C-0420',
      '华东精密机械有限公司',
      'C',
      'B',
      388_000,
      'revenue 388,000 is rank 44 of 1,000; B takes ranks 11–50',
    ),
    change(
      'C-0733',
      'Blue Harbour Foods',
      'D',
      'C',
      61_200,
      'revenue 61,200 is rank 180 of 1,000; C takes ranks 51–200',
    ),
  ],
  demotions: [
    change(
      'C-0008',
      'Northwind Logistics',
      'A',
      'B',
      905_000,
      'revenue 905,000 is rank 12 of 1,000; B takes ranks 11–50',
    ),
    change(
      'C-0051',
      'Sunrise Retail',
      'B',
      'C',
      190_300,
      'revenue 190,300 is rank 55 of 1,000; C takes ranks 51–200',
    ),
    change(
      'C-0210',
      'Old Mill Bakery',
      'C',
      'D',
      30_050,
      'revenue 30,050 is rank 214 of 1,000; D takes ranks 201–1,000',
    ),
  ],
  newCustomers: [
    change(
      'C-1001',
      'Peak Outdoor Gear',
      null,
      'C',
      75_000,
      'new: revenue 75,000 is rank 150 of 1,000',
    ),
    change('C-1002', 'Li & Sons', null, 'D', 4_200, 'new: revenue 4,200 is rank 930 of 1,000'),
  ],
  goneCustomers: [
    change('C-0555', 'Closed Corner Shop', 'D', null, 0, 'no longer in the Customers sheet'),
    change('C-0090', 'Silver Line Hotels', 'B', null, 0, 'no longer in the Customers sheet'),
    change('C-0300', 'Westfield Printing', 'C', null, 0, 'no longer in the Customers sheet'),
  ],
  watch: {
    singleOwner: [
      { customerId: 'C-0037', name: XSS_NAME, tier: 'A', owners: ['ann@example.com'] },
      { customerId: 'C-0044', name: 'Evergreen Pharma', tier: 'B', owners: [] },
    ],
    notContacted: [
      {
        customerId: 'C-0003',
        name: 'Atlas Steel',
        tier: 'A',
        lastContact: '2026-10-01',
        days: 62,
        limitDays: 30,
      },
      {
        customerId: 'C-0019',
        name: 'Harbor View Clinics',
        tier: 'B',
        lastContact: null,
        days: null,
        limitDays: 60,
      },
    ],
    overdueFollowUps: [
      {
        customerId: 'C-0112',
        name: 'Golden River Trading',
        tier: 'B',
        followUp: '2026-11-20',
        daysOverdue: 12,
        nextStep: 'Send the <revised> quote & samples',
      },
    ],
    importantDates: [
      {
        customerId: 'C-0003',
        name: 'Atlas Steel',
        tier: 'A',
        contact: 'Zhao Min',
        role: 'coach',
        date: '2026-12-05',
        daysAway: 3,
      },
      {
        customerId: 'C-0008',
        name: 'Northwind Logistics',
        tier: 'B',
        contact: 'Maria Lopez',
        role: null,
        date: '2026-12-03',
        daysAway: 1,
      },
    ],
    bValueFell: [
      {
        customerId: 'C-0051',
        name: 'Sunrise Retail',
        tier: 'B',
        previousValue: 240_000,
        value: 190_300,
      },
    ],
  },
  // The changes above against the pyramid now (A 10, B 40, C 150, D 800).
  migration: migration([
    [9, 1, 0, 0, 0, 10],
    [1, 37, 1, 0, 1, 40],
    [0, 2, 147, 1, 1, 151],
    [0, 0, 1, 798, 1, 800],
    [0, 0, 1, 1, 0, 2],
    [10, 40, 150, 800, 3, 1003],
  ]),
  baseline: false,
  showNoChangeNote: true,
};

/** The busy week in Chinese (reasons as the job words them in Chinese). */
const zhReason = (c: DigestChange): DigestChange => ({
  ...c,
  reason: c.to
    ? `销售收入 ${c.value.toLocaleString('en')} 排名第 ${Number(c.customerId.slice(2))} 位（共 1,000 位）`
    : '已不在客户表中',
});
export const BUSY_WEEK_ZH: DigestModel = {
  ...BUSY_WEEK,
  locale: 'zh',
  promotions: BUSY_WEEK.promotions.map(zhReason),
  demotions: BUSY_WEEK.demotions.map(zhReason),
  newCustomers: BUSY_WEEK.newCustomers.map(zhReason),
  goneCustomers: BUSY_WEEK.goneCustomers.map(zhReason),
};

/** A later week in which nothing changed and nothing needs attention. */
export const QUIET_WEEK: DigestModel = {
  ...BUSY_WEEK,
  pareto: { topShare: 0.2, valueShare: 0.678, previousValueShare: 0.678 },
  promotions: [],
  demotions: [],
  newCustomers: [],
  goneCustomers: [],
  watch: {
    singleOwner: [],
    notContacted: [],
    overdueFollowUps: [],
    importantDates: [],
    bValueFell: [],
  },
  migration: migration([
    [10, 0, 0, 0, 0, 10],
    [0, 40, 0, 0, 0, 40],
    [0, 0, 150, 0, 0, 150],
    [0, 0, 0, 800, 0, 800],
    [0, 0, 0, 0, 0, 0],
    [10, 40, 150, 800, 0, 1000],
  ]),
};

/** The first report: the tiers were only recorded as the baseline (no previous 80/20 figure). */
export const FIRST_REPORT: DigestModel = {
  ...QUIET_WEEK,
  pareto: { topShare: 0.2, valueShare: 0.678, previousValueShare: null },
  migration: null,
  baseline: true,
  showNoChangeNote: false,
};
