/**
 * A deterministic demo workbook: about 1,000 customers with a long-tailed (lognormal) revenue
 * spread over two quarters, owners, contacts with roles, personalities and birthdays, and a few
 * hundred logged interactions. The same seed always gives the same book.
 */
import {
  CONTACT_ROLES,
  INTERACTION_KINDS,
  PERSONALITIES,
  PURPOSES,
  type ContactRole,
} from '../../core/crm/vocabulary';
import { PERIOD_SHEET, periodSheet } from '../periods';
import {
  CONTACTS_SHEET,
  CONTACT_HEADERS,
  CUSTOMERS_SHEET,
  CUSTOMER_HEADERS,
  INTERACTIONS_SHEET,
} from '../sheet-headers';
import { funnelBandOf, satisfactionOf } from '../../core/crm/measures';
import { INTERACTIONS, type ColumnKey } from '../../core/store/schema';
import { wallClockToInstant } from '../workbook-io/wall-clock';
import type { CellValue, WorkbookData } from '../workbook-io/workbook-data';
import * as words from './names';
import { SeededRandom } from './random';

/** The demo's "today": the day after the second period ends, so its report can run. */
export const DEMO_TODAY = '2026-10-01';
export const DEMO_PERIODS = ['2026-Q2', '2026-Q3'] as const;
export const DEMO_TIME_ZONE = 'Asia/Shanghai';
const DAY = 86_400_000;

export interface DemoOptions {
  readonly seed: number;
  /** Number of customers (default 1,000). */
  readonly customers?: number;
}

interface DemoCustomer {
  id: string;
  name: string;
  revenue: [number, number];
  owners: string[];
  industry: string;
}

/** A calendar date in the demo's zone, as the instant a Sheet holds for it. */
function day(year: number, month: number, date: number): Date {
  return wallClockToInstant(new Date(Date.UTC(year, month - 1, date)), DEMO_TIME_ZONE);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

function companyName(rng: SeededRandom): string {
  if (rng.chance(0.35)) return `${rng.pick(words.CITY_ZH)}${rng.pick(words.TRADE_ZH)}有限公司`;
  return `${rng.pick(words.COMPANY_PREFIXES)} ${rng.pick(words.COMPANY_KINDS)} ${rng.pick(words.COMPANY_SUFFIXES)}`;
}

function personName(rng: SeededRandom): string {
  if (rng.chance(0.35)) return rng.pick(words.NAMES_ZH);
  return `${rng.pick(words.GIVEN_NAMES)} ${rng.pick(words.FAMILY_NAMES)}`;
}

/** Revenue in two periods: a lognormal base, per-period noise, some churn and some newcomers. */
function revenuePair(rng: SeededRandom): [number, number] {
  const base = rng.lognormal(30_000, 1.6);
  const first = Math.round(base * rng.lognormal(1, 0.25));
  const second = Math.round(base * rng.lognormal(1.03, 0.35));
  if (rng.chance(0.03)) return [0, second]; // new this period
  if (rng.chance(0.03)) return [first, 0]; // lost this period
  return [first, second];
}

function makeCustomers(rng: SeededRandom, count: number): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  for (let i = 1; i <= count; i++) {
    customers.push({
      id: `C${String(i).padStart(5, '0')}`,
      name: companyName(rng),
      revenue: revenuePair(rng),
      owners: [],
      industry: rng.pick(words.INDUSTRIES),
    });
  }
  // Owners: most key accounts have two people on our side; some do not (the warning case).
  const byValue = [...customers].sort((a, b) => b.revenue[1] - a.revenue[1]);
  byValue.forEach((customer, rank) => {
    const key = rank < count * 0.05;
    const owners = key && rng.chance(0.7) ? 2 : rng.chance(0.1) ? 2 : 1;
    const team = [...words.SALES_TEAM];
    for (let o = 0; o < owners; o++)
      customer.owners.push(team.splice(rng.int(0, team.length - 1), 1)[0]!);
  });
  // Names that must show as text in the sidebar and the digest, never as markup or formulas.
  if (customers.length > 20) {
    customers[7]!.name = '<b>Bold</b> & Sons <img src=x onerror=alert(1)>';
    customers[13]!.name = '=HYPERLINK("http://example.com") Trading';
  }
  return customers;
}

function customerRows(rng: SeededRandom, customers: DemoCustomer[], today: Date): CellValue[][] {
  const h = CUSTOMER_HEADERS;
  const header = [
    h.id,
    h.name,
    h.owners,
    h.revenue,
    h.profit,
    h.potential,
    h.categoryBudget,
    h.firstOrder,
    h.lastOrder,
    h.industry,
    h.notes,
  ];
  const rows: CellValue[][] = [header];
  for (const c of customers) {
    const revenue = c.revenue[1];
    const yearly = Math.max(c.revenue[0], c.revenue[1]) * 4;
    const firstOrder = addDays(today, -rng.int(120, 3650));
    const lastOrder =
      revenue > 0 ? addDays(today, -rng.int(1, 85)) : addDays(today, -rng.int(100, 180));
    rows.push([
      c.id,
      c.name,
      c.owners.join(', '),
      revenue,
      Math.round(revenue * (0.05 + rng.next() * 0.3)),
      Math.round(yearly * rng.lognormal(1.2, 0.6)),
      Math.round(yearly / (0.1 + rng.next() * 0.8)),
      firstOrder,
      lastOrder,
      c.industry,
      rng.chance(0.05)
        ? rng.pick([
            'Prefers email',
            'Pays late',
            'Expanding to a new plant',
            'Budget cut this year',
          ])
        : '',
    ]);
  }
  return rows;
}

const KEY_ROLES: readonly ContactRole[] = [
  'decision_maker',
  'purchaser',
  'day_to_day',
  'finance',
  'coach',
];

function contactRows(rng: SeededRandom, customers: DemoCustomer[], today: Date): CellValue[][] {
  const h = CONTACT_HEADERS;
  const rows: CellValue[][] = [
    [h.customerId, h.name, h.role, h.email, h.phone, h.importantDate, h.personality, h.notes],
  ];
  const ranked = [...customers].sort((a, b) => b.revenue[1] - a.revenue[1]);
  ranked.forEach((customer, rank) => {
    const count = rank < 50 ? rng.int(3, 5) : rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const role = rank < 50 && k < KEY_ROLES.length ? KEY_ROLES[k]! : rng.pick(CONTACT_ROLES);
      const name = personName(rng);
      // About one key person in eight has a birthday in the next 30 days of the demo date.
      const soon = rng.chance(0.12);
      const birthday = soon
        ? addDays(today, rng.int(0, 29))
        : day(2000, rng.int(1, 12), rng.int(1, 28));
      const birthYear = rng.int(1960, 1995);
      const wall = new Date(birthday.getTime() + 12 * 3_600_000); // midday: safe in any zone
      rows.push([
        customer.id,
        name,
        role,
        `${
          name
            .toLowerCase()
            .replace(/[^a-z]+/g, '.')
            .replace(/^\.|\.$/g, '') || 'contact'
        }${k}@${customer.id.toLowerCase()}.example.org`,
        `+86 21 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`,
        day(birthYear, wall.getUTCMonth() + 1, wall.getUTCDate()),
        rng.pick(PERSONALITIES),
        role === 'coach' ? 'Tells us what is really going on' : '',
      ]);
    }
  });
  return rows;
}

function interactionRows(rng: SeededRandom, customers: DemoCustomer[], today: Date): CellValue[][] {
  // Every column of the schema, the add-on's own ones too: these rows stand for earlier logs.
  const columns = INTERACTIONS.columns;
  const ranked = [...customers].sort((a, b) => b.revenue[1] - a.revenue[1]);
  const count = 300 + rng.int(0, 100);
  const logged: Record<ColumnKey<typeof INTERACTIONS>, CellValue>[] = [];
  for (let i = 0; i < count; i++) {
    // Most contact goes to the top of the pyramid, as the playbook says.
    const customer = ranked[Math.min(ranked.length - 1, Math.floor(rng.lognormal(8, 1.3)))]!;
    const date = addDays(today, -rng.int(1, 180));
    const [perceived, expected, probability] = [rng.int(2, 5), rng.int(3, 5), rng.int(0, 10) / 10];
    logged.push({
      loggedAt: new Date(date.getTime() + rng.int(9, 18) * 3_600_000),
      customerId: customer.id,
      customerName: customer.name,
      date,
      kind: rng.pick(INTERACTION_KINDS),
      purpose: rng.pick(PURPOSES),
      summary: rng.pick(words.SUMMARIES),
      withWhom: personName(rng),
      perceived,
      expected,
      satisfaction: satisfactionOf(perceived, expected),
      dealProbability: probability,
      funnel: funnelBandOf(probability),
      nextStep: rng.pick(words.NEXT_STEPS),
      followUpDate: rng.chance(0.4) ? addDays(date, rng.int(7, 60)) : '',
      loggedBy: rng.pick(customer.owners),
      requestId: `demo-${String(i + 1).padStart(4, '0')}`,
    });
  }
  logged.sort((a, b) => (a.loggedAt as Date).getTime() - (b.loggedAt as Date).getTime());
  return [columns.map((c) => c.header), ...logged.map((row) => columns.map((c) => row[c.key]))];
}

/** Generates the demo workbook for a seed. */
export function generateDemoBook(options: DemoOptions): WorkbookData {
  const rng = new SeededRandom(options.seed);
  const [y, m, d] = DEMO_TODAY.split('-').map(Number) as [number, number, number];
  const today = day(y, m, d);
  const customers = makeCustomers(rng, options.customers ?? 1000);
  const byCustomer = new Map(customers.map((c) => [c.id, c.revenue] as const));
  return {
    name: `Customer Pyramid demo (seed ${options.seed})`,
    timeZone: DEMO_TIME_ZONE,
    locale: 'en_US',
    sheets: [
      { name: CUSTOMERS_SHEET, values: customerRows(rng, customers, today), frozenRows: 1 },
      { name: CONTACTS_SHEET, values: contactRows(rng, customers, today), frozenRows: 1 },
      { name: INTERACTIONS_SHEET, values: interactionRows(rng, customers, today), frozenRows: 1 },
      { ...periodSheet({ periods: DEMO_PERIODS, byCustomer }), frozenRows: 1 },
    ],
  };
}

export { PERIOD_SHEET };
