/**
 * Helpers for the database tests: a workbook with the add-on's sheets, a runtime over the
 * BUILT dist/Code.js, and log forms.
 */
import { LocalAppsScript, type CellValue, type LocalUser } from '../../../src/local/runtime';

export const OWNER = 'owner@example.com';
export const EDITOR = 'ann@example.com';
export const EDITOR_ZH = 'li@example.com';
export const VIEWER = 'vic@example.com';
export const STRANGER = 'eve@example.net';

export const USERS: LocalUser[] = [
  { email: OWNER, role: 'owner', locale: 'en_US' },
  { email: EDITOR, role: 'editor', locale: 'en_GB' },
  { email: EDITOR_ZH, role: 'editor', locale: 'zh_CN' },
  { email: VIEWER, role: 'viewer', locale: 'en' },
  { email: STRANGER, role: 'none', locale: 'en' },
];

export const CUSTOMER_HEADERS = [
  'Customer ID',
  'Name',
  'Owners',
  'Revenue',
  'Profit',
  'Potential',
  'Category Budget',
  'First Order',
  'Last Order',
  'Industry',
  'Notes',
];

export const CONTACT_HEADERS = [
  'Customer ID',
  'Name',
  'Role',
  'Email',
  'Phone',
  'Important Date',
  'Personality',
  'Notes',
];

/** n customers C0001.. with revenue falling from n*1000; the first two have two owners. */
export function customerRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const id = `C${String(i + 1).padStart(4, '0')}`;
    rows.push([
      id,
      `Customer ${i + 1}`,
      i < 2 ? `${OWNER}, ${EDITOR}` : OWNER,
      (n - i) * 1000,
      (n - i) * 100,
      ((i * 7919) % n) * 10,
      (n - i) * 2000,
      '',
      '',
      'Retail',
      '',
    ]);
  }
  return rows;
}

export interface BookOptions {
  customers?: number;
  contacts?: CellValue[][];
  /** Add a user column "My Column" to Customers. */
  userColumn?: boolean;
  /** Another build of the bundle (see variants.ts). */
  bundlePath?: string;
}

/** A runtime over the built bundle with Customers (and Contacts) filled in, before setup. */
export function newRuntime(options: BookOptions = {}): LocalAppsScript {
  const n = options.customers ?? 10;
  const headers = options.userColumn ? [...CUSTOMER_HEADERS, 'My Column'] : CUSTOMER_HEADERS;
  const rows = customerRows(n).map((r, i) => (options.userColumn ? [...r, `mine ${i + 1}`] : r));
  return new LocalAppsScript({
    ...(options.bundlePath ? { bundlePath: options.bundlePath } : {}),
    now: new Date('2025-06-10T09:00:00Z'),
    users: USERS,
    workbook: {
      timeZone: 'Asia/Shanghai',
      sheets: [
        { name: 'Customers', values: [headers, ...rows] },
        { name: 'Contacts', values: [CONTACT_HEADERS, ...(options.contacts ?? [])] },
      ],
    },
  });
}

/** Runs Set up sheets as the owner and fails the test if it did not succeed. */
export function setUp(rt: LocalAppsScript, user = OWNER): void {
  rt.ui.respondWith('OK');
  const e = rt.run('setUpSheets', [], { user });
  if (!e.ok) throw new Error(`setUpSheets failed: ${e.error?.message}`);
}

let counter = 0;

/** A valid log form for `customerId`; each call gets a new request id unless given. */
export function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    requestId: `req-${Date.now().toString(36)}-${counter}`,
    customerId: 'C0001',
    date: '2025-06-09',
    kind: 'visit',
    purpose: 'information',
    summary: `Visit number ${counter}`,
    withWhom: 'Ms Wang',
    perceived: 4,
    expected: 3,
    dealProbability: 60,
    nextStep: 'Send the proposal',
    followUpDate: '2025-06-20',
    ...overrides,
  };
}

/** The Interactions sheet's rows below the header (past the first `skip`), as objects by header. */
export function interactionRows(rt: LocalAppsScript, skip = 0): Record<string, CellValue>[] {
  const values = rt.workbook.values('Interactions');
  const header = values[0];
  return values
    .slice(1 + skip)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]!])));
}

export type ApiAnswer<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; code: string; message: string; fields?: Record<string, string> };

/** Appends n logged interactions straight into the sheet (not counted: host access). */
export function preload(rt: LocalAppsScript, n: number, customers: number): void {
  const [header, ...existing] = rt.workbook.values('Interactions');
  const col = (name: string): number => header!.indexOf(name);
  const rows: CellValue[][] = existing.filter((r) => r.some((c) => c !== ''));
  for (let i = 0; i < n; i++) {
    const row: CellValue[] = new Array<CellValue>(header!.length).fill('');
    row[col('Logged At')] = new Date(Date.UTC(2024, 0, 1) + i * 60_000);
    row[col('Customer ID')] = `C${String((i % customers) + 1).padStart(4, '0')}`;
    row[col('Date')] = new Date(Date.UTC(2024, 0, 1 + (i % 500)));
    row[col('Kind')] = 'call';
    row[col('Purpose')] = 'emotional';
    row[col('Summary')] = `Preloaded call ${i}`;
    row[col('Follow-up Date')] = i % 3 === 0 ? new Date(Date.UTC(2025, 6, 1 + (i % 20))) : '';
    row[col('Logged By')] = EDITOR;
    row[col('Request ID')] = `pre-${i}`;
    rows.push(row);
  }
  rt.workbook.setValues('Interactions', [header!, ...rows]);
}
