/**
 * A small seeded workbook for the sidebar scenario, run through the REAL bundle in the local
 * runtime: the Customers and Contacts sheets as a user would type them (headers from the
 * store's schema), then the add-on's own Set up sheets and Recalculate tiers, then one
 * interaction logged through the real server function (its follow-up is already overdue).
 */
import { LocalAppsScript, type CellValue, type LocalUser } from '../../../src/local/runtime';
import { CONTACTS, CUSTOMERS } from '../../../src/core/store/schema';

export const OWNER = 'owner@example.com';
export const ANN = 'ann@example.com';
export const LI = 'li@example.com';
export const VIEWER = 'vic@example.com';
export const XSS_NAME = '<img src=x onerror=alert(1)>';

const USERS: LocalUser[] = [
  { email: OWNER, role: 'owner', locale: 'en_US' },
  { email: ANN, role: 'editor', locale: 'en_US' },
  { email: LI, role: 'editor', locale: 'zh_CN' },
  { email: VIEWER, role: 'viewer', locale: 'en_US' },
];

/** The sheet's headers for the columns people type (the add-on adds its own). */
function headersOf(columns: readonly { header: string; owned?: boolean }[]): string[] {
  return columns.filter((c) => !c.owned).map((c) => c.header);
}

function row(headers: readonly string[], cells: Record<string, CellValue>): CellValue[] {
  return headers.map((h) => cells[h] ?? '');
}

export function seededSidebarBook(): LocalAppsScript {
  const customerHeaders = headersOf(CUSTOMERS.columns);
  const contactHeaders = headersOf(CONTACTS.columns);
  const named: Record<string, CellValue>[] = [
    {
      'Customer ID': 'C001',
      Name: 'Golden River Trading',
      Owners: ANN,
      Revenue: 900_000,
      Potential: 950_000,
    },
    {
      'Customer ID': 'C002',
      Name: 'Eastern Harbor Foods',
      Owners: `${ANN}, ${OWNER}`,
      Revenue: 400_000,
      Potential: 100_000,
    },
    {
      'Customer ID': 'C003',
      Name: XSS_NAME,
      Owners: OWNER,
      Revenue: 300_000,
      Notes: '<b>bold</b>',
    },
    { 'Customer ID': 'C004', Name: '上海华联有限公司', Owners: LI, Revenue: 250_000 },
  ];
  const others = Array.from({ length: 36 }, (_, i) => ({
    'Customer ID': `C${String(i + 5).padStart(3, '0')}`,
    Name: `Customer ${i + 5}`,
    Owners: OWNER,
    Revenue: 10_000 + i * 500,
  }));
  const contacts: Record<string, CellValue>[] = [
    {
      'Customer ID': 'C001',
      Name: 'Wang Li',
      Role: 'decision_maker',
      Email: 'wang@golden.example',
      'Important Date': new Date('1975-06-20T00:00:00Z'),
      Personality: 'driver',
    },
    { 'Customer ID': 'C001', Name: 'Zhao Min', Role: 'coach', Phone: '+86 21 5555 0100' },
    { 'Customer ID': 'C001', Name: 'Chen Jie', Role: 'purchaser' },
  ];
  const rt = new LocalAppsScript({
    now: new Date('2025-06-10T09:00:00Z'),
    users: USERS,
    workbook: {
      timeZone: 'Etc/UTC',
      sheets: [
        {
          name: 'Customers',
          values: [customerHeaders, ...[...named, ...others].map((c) => row(customerHeaders, c))],
        },
        {
          name: 'Contacts',
          values: [contactHeaders, ...contacts.map((c) => row(contactHeaders, c))],
        },
      ],
    },
  });
  rt.ui.respondWith('OK');
  for (const fn of ['setUpSheets', 'recalculateTiers']) {
    rt.ui.respondWith('OK');
    const run = rt.run(fn, [], { user: OWNER });
    if (!run.ok) throw new Error(`${fn} failed: ${run.error?.message}`);
  }
  const earlier = rt.runFromBrowser<{ ok: boolean; message?: string }>(
    'sidebarLogInteraction',
    [
      {
        requestId: 'seed-0000-0001',
        customerId: 'C001',
        date: '2025-05-28',
        kind: 'visit',
        purpose: 'emotional',
        summary: 'Dinner with the decision maker',
        withWhom: 'Wang Li',
        perceived: 4,
        expected: 4,
        dealProbability: 40,
        nextStep: 'Call back about the tender',
        followUpDate: '2025-06-01',
      },
    ],
    { user: OWNER },
  );
  if (!earlier.ok || !earlier.value?.ok)
    throw new Error(`seed interaction failed: ${earlier.error?.message ?? earlier.value?.message}`);
  return rt;
}

/** The Interactions sheet's rows below the header, as objects by header. */
export function interactionRows(rt: LocalAppsScript): Record<string, CellValue>[] {
  const [header, ...rows] = rt.workbook.values('Interactions');
  return rows
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i] ?? ''])));
}
