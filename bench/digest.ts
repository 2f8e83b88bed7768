/**
 * The report job at scale, through the built bundle (dist/Code.js) in the local runtime:
 *
 * 1. 1,000 and 100,000 customers (with 50,000 interactions and 20,000 contacts): spreadsheet
 *    service calls of the first run (baseline) and of a weekly run that records changes and
 *    mails three digests — the count must not grow with n and stay ≤ 25; CPU time here and the
 *    latency model's estimate of the Apps Script time, against the 6-minute limit.
 * 2. 52 weekly runs over a book derived from the CDNOW order log (23,570 customers, 1997):
 *    the cells Tier History and the Tier State sheet use, against the 10-million-cell limit,
 *    for two value bases: revenue year to date, and revenue over the trailing 13 weeks.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { detectColumns, parseOrderLine, type OrderColumns } from '../src/local/orders/parse-line';
import { LocalAppsScript, type CellValue, type Execution } from '../src/local/runtime';
import { OWNER, RECIPIENTS, saveSchedule } from '../test/addon/report/job-support';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CDNOW = path.resolve(root, '../shared/datasets/cdnow/CDNOW_master.txt');
const USERS = [
  { email: OWNER, role: 'owner' as const, locale: 'en_US' },
  ...RECIPIENTS.map((email) => ({ email, role: 'editor' as const })),
];
const SIX_MINUTES = 360_000;
const CELL_LIMIT = 10_000_000;
const DAY = 86_400_000;

const CUSTOMER_HEADERS = ['Customer ID', 'Name', 'Owners', 'Revenue'];

function book(
  now: Date,
  customers: CellValue[][],
  extra: { name: string; values: CellValue[][] }[] = [],
) {
  const rt = new LocalAppsScript({
    now,
    users: USERS,
    mailDailyQuota: 1500,
    workbook: {
      name: 'Bench',
      timeZone: 'Asia/Shanghai',
      sheets: [{ name: 'Customers', values: [CUSTOMER_HEADERS, ...customers] }, ...extra],
    },
  });
  rt.ui.respondWith('OK');
  const setup = rt.run('setUpSheets', [], { user: OWNER });
  if (!setup.ok) throw new Error(setup.error?.message);
  saveSchedule(rt, { updatedAt: now.toISOString() });
  return rt;
}

function trigger(rt: LocalAppsScript): Execution<string> {
  const e = rt.run<string>('runScheduledReport', [], { user: OWNER, authMode: 'FULL' });
  if (!e.ok) throw new Error(`runScheduledReport: ${e.error?.message}`);
  return e;
}

/** Sets the Revenue column of Customers: `revenue(current, row index)` per row. */
function setRevenues(
  rt: LocalAppsScript,
  revenue: (current: CellValue, row: number) => CellValue,
): void {
  const [header, ...rows] = rt.workbook.values('Customers');
  const at = header!.indexOf('Revenue');
  rows.forEach((r, i) => (r[at] = revenue(r[at] ?? '', i)));
  rt.workbook.setValues('Customers', [header!, ...rows]);
}

function syntheticBook(n: number, now: Date): LocalAppsScript {
  const customers: CellValue[][] = [];
  let x = 7;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const u = (x + 1) / 2147483649;
    customers.push([
      `C${String(i + 1).padStart(6, '0')}`,
      `Customer ${i + 1}`,
      i % 3 === 0 ? `${OWNER}, ann@example.com` : OWNER,
      Math.round(1000 * Math.exp(8 * u * u)) / 100,
    ]);
  }
  const interactions: CellValue[][] = [
    ['Logged At', 'Customer ID', 'Date', 'Kind', 'Summary', 'Follow-up Date', 'Request ID'],
  ];
  for (let i = 0; i < 50_000; i++)
    interactions.push([
      new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      customers[(i * 7919) % n]![0]!,
      new Date(Date.UTC(2026, 0, 1 + (i % 300))),
      'call',
      `Call ${i}`,
      i % 5 === 0 ? new Date(Date.UTC(2026, 10, 1 + (i % 20))) : '',
      `pre-${i}`,
    ]);
  const contacts: CellValue[][] = [['Customer ID', 'Name', 'Role', 'Important Date']];
  for (let i = 0; i < 20_000; i++)
    contacts.push([
      customers[(i * 104729) % n]![0]!,
      `Contact ${i}`,
      'decision_maker',
      new Date(Date.UTC(1980, 0, 1 + (i % 365))),
    ]);
  return book(now, customers, [
    { name: 'Interactions', values: interactions },
    { name: 'Contacts', values: contacts },
  ]);
}

function figures(label: string, e: Execution): string {
  return `${label}: ${e.count('spreadsheet')} spreadsheet calls (${e.callCount} in all), CPU here ${e.cpuMs.toFixed(0)} ms, estimated in Apps Script ${(e.estimatedMs / 1000).toFixed(1)} s = ${((e.estimatedMs / SIX_MINUTES) * 100).toFixed(1)}% of the 6-minute limit`;
}

function scale(): void {
  for (const n of [1_000, 100_000]) {
    const rt = syntheticBook(n, new Date('2026-11-30T01:00:00Z'));
    const first = trigger(rt);
    console.log(
      figures(`digest n=${n.toLocaleString('en')}: first run (baseline, 3 digests)`, first),
    );
    rt.clock.set(new Date('2026-12-07T01:00:00Z'));
    // 1% of customers change value: some change tier.
    setRevenues(rt, (value, i) => (i % 100 === 0 ? Number(value) * 3 : value));
    const weekly = trigger(rt);
    console.log(
      figures(`digest n=${n.toLocaleString('en')}: weekly run (changes + 3 digests)`, weekly) +
        `; ${rt.workbook.values('Tier History').length - 1} history rows`,
    );
  }
}

interface Orders {
  customers: string[];
  /** customer index → cents per week (0-based weeks from 1997-01-01). */
  weekly: Map<number, Map<number, number>>;
}

async function readCdnow(): Promise<Orders> {
  const lines = createInterface({ input: createReadStream(CDNOW, 'utf8'), crlfDelay: Infinity });
  let columns: OrderColumns | undefined;
  const index = new Map<string, number>();
  const customers: string[] = [];
  const weekly = new Map<number, Map<number, number>>();
  const start = Date.UTC(1997, 0, 1);
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!columns) {
      const d = detectColumns(line.trim().split(/\s+/));
      if ('error' in d) throw new Error(d.error);
      columns = d.columns;
      if (d.isHeader) continue;
    }
    const o = parseOrderLine(line.trim().split(/\s+/), columns);
    if (typeof o === 'string') throw new Error(o);
    const week = Math.floor((Date.UTC(o.year, o.month - 1, o.day) - start) / (7 * DAY));
    let c = index.get(o.customer);
    if (c === undefined) {
      c = customers.length;
      index.set(o.customer, c);
      customers.push(o.customer);
    }
    let byWeek = weekly.get(c);
    if (!byWeek) weekly.set(c, (byWeek = new Map()));
    byWeek.set(week, (byWeek.get(week) ?? 0) + o.cents);
  }
  return { customers, weekly };
}

function cellsOf(rt: LocalAppsScript, sheet: string): { allocated: number; used: number } {
  if (!rt.workbook.sheetNames().includes(sheet)) return { allocated: 0, used: 0 };
  const meta = rt.workbook.sheetMeta(sheet);
  const values = rt.workbook.values(sheet);
  const used = values.reduce((n, r) => n + r.filter((c) => c !== '').length, 0);
  return { allocated: meta.maxRows * meta.maxColumns, used };
}

function cdnowRuns(orders: Orders, basis: 'ytd' | 'trailing13'): void {
  // Customers appear once they have ordered; the value is revenue to date or over 13 weeks.
  const monday = (week: number): Date => new Date(Date.UTC(1997, 0, 6) + week * 7 * DAY + DAY / 24);
  const rowsFor = (week: number): CellValue[][] => {
    const rows: CellValue[][] = [];
    orders.weekly.forEach((byWeek, c) => {
      let seen = false;
      let cents = 0;
      for (const [w, v] of byWeek) {
        if (w > week) continue;
        seen = true;
        if (basis === 'ytd' || w > week - 13) cents += v;
      }
      if (seen)
        rows.push([orders.customers[c]!, `Customer ${orders.customers[c]}`, OWNER, cents / 100]);
    });
    return rows;
  };
  const rt = book(monday(0), rowsFor(0));
  let cpu = 0;
  let maxEstimate = 0;
  let maxCalls = 0;
  for (let week = 0; week < 52; week++) {
    if (week > 0) {
      const [header] = rt.workbook.values('Customers');
      const rows = rowsFor(week).map((r) => {
        const full: CellValue[] = header!.map(() => '');
        r.forEach((v, i) => (full[i] = v));
        return full;
      });
      rt.workbook.setValues('Customers', [header!, ...rows]);
      rt.clock.set(monday(week));
    }
    const e = trigger(rt);
    cpu += e.cpuMs;
    maxEstimate = Math.max(maxEstimate, e.estimatedMs);
    maxCalls = Math.max(maxCalls, e.count('spreadsheet'));
  }
  const history = cellsOf(rt, 'Tier History');
  const state = cellsOf(rt, 'Tier State');
  const customers = rt.workbook.values('Customers').length - 1;
  const total = rt.workbook.toData().sheets.reduce((n, s) => {
    const meta = rt.workbook.sheetMeta(s.name);
    return n + meta.maxRows * meta.maxColumns;
  }, 0);
  const rows = rt.workbook.values('Tier History').length - 1;
  const naive = customers * 52 * 11;
  console.log(
    `cdnow ${basis === 'ytd' ? 'revenue year to date' : 'revenue over 13 weeks'}: 52 weekly runs over ${customers.toLocaleString('en')} customers → ${rows.toLocaleString('en')} Tier History rows (${(rows / 52).toFixed(0)} changes a week); ` +
      `Tier History ${history.used.toLocaleString('en')} cells used / ${history.allocated.toLocaleString('en')} allocated, Tier State ${state.used} cells used / ${state.allocated.toLocaleString('en')} allocated; ` +
      `= ${(((history.allocated + state.allocated) / CELL_LIMIT) * 100).toFixed(2)}% of the 10-million-cell limit (whole book ${((total / CELL_LIMIT) * 100).toFixed(1)}%); ` +
      `a full copy per run would take ${naive.toLocaleString('en')} cells (${(naive / Math.max(1, history.used + state.used)).toFixed(0)}× more). ` +
      `Per run: ≤ ${maxCalls} spreadsheet calls, CPU here ${(cpu / 52).toFixed(0)} ms on average, estimated ≤ ${(maxEstimate / 1000).toFixed(1)} s in Apps Script.`,
  );
}

export async function run(): Promise<void> {
  scale();
  const orders = await readCdnow();
  cdnowRuns(orders, 'ytd');
  cdnowRuns(orders, 'trailing13');
}
