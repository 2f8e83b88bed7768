/**
 * Set up sheets and Recalculate tiers through the built bundle: idempotent, never touching a
 * user's cells, refusing a bad header row with nothing written (promises 10 and 11).
 */
import { describe, expect, it } from 'vitest';
import type { LocalAppsScript } from '../../../src/local/runtime';
import {
  CUSTOMER_HEADERS,
  EDITOR,
  EDITOR_ZH,
  OWNER,
  customerRows,
  form,
  newRuntime,
  setUp,
  type ApiAnswer,
} from './support';

/** Everything a user could see: values, formulas and each sheet's metadata. */
function snapshot(rt: LocalAppsScript) {
  return rt.workbook.sheetNames().map((name) => ({
    name,
    values: rt.workbook.values(name),
    formulas: rt.workbook.formulas(name),
    meta: rt.workbook.sheetMeta(name),
  }));
}

describe('Set up sheets', () => {
  it('creates the missing sheets, headers, frozen row, dropdowns, formats and settings', () => {
    const rt = newRuntime();
    setUp(rt);
    expect(rt.workbook.sheetNames()).toEqual(['Customers', 'Contacts', 'Interactions', 'Settings']);
    expect(rt.workbook.values('Interactions')[0]).toEqual([
      'Logged At',
      'Customer ID',
      'Customer Name',
      'Date',
      'Kind',
      'Purpose',
      'Summary',
      'With Whom',
      'Perceived',
      'Expected',
      'Satisfaction',
      'Deal Probability',
      'Funnel',
      'Next Step',
      'Follow-up Date',
      'Logged By',
      'Request ID',
    ]);
    expect(rt.workbook.values('Customers')[0]).toEqual([
      ...CUSTOMER_HEADERS,
      'Tier',
      'Quadrant',
      'Band',
      'Last Contact',
      'Next Follow-up',
    ]);
    for (const name of rt.workbook.sheetNames())
      expect(rt.workbook.sheetMeta(name).frozenRows, name).toBe(1);
    const kinds = rt.workbook.sheetMeta('Interactions').validations['E2'];
    expect(kinds?.values.flat()).toContain('Trade show');
    expect(rt.workbook.sheetMeta('Interactions').numberFormats['L2']).toBe('0%');
    const settings = rt.workbook.values('Settings');
    expect(settings[0]).toEqual(['Setting', 'Value', 'Description']);
    expect(settings.slice(1).map((r) => r[0])).toContain('tier_cut_a');
    expect(settings.find((r) => r[0] === 'tier_cut_c')?.[1]).toBe(0.2);
  });

  it('run twice changes nothing the second time', () => {
    const rt = newRuntime({ userColumn: true });
    setUp(rt);
    const once = snapshot(rt);
    setUp(rt);
    expect(snapshot(rt)).toEqual(once);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/Nothing was changed/);
  });

  it('keeps user columns and data through setup and recalculation; finds headers whatever their case and spacing', () => {
    const rows = customerRows(30);
    const rt = newRuntime();
    // The team's own header spelling, column order and an extra column of their own.
    const headers = ['  customer id', 'My Column', 'NAME', ...CUSTOMER_HEADERS.slice(2)];
    rt.workbook.setValues('Customers', [
      headers,
      ...rows.map((r, i) => [r[0]!, `mine ${i}`, ...r.slice(1)]),
    ]);
    const before = rt.workbook.values('Customers');
    setUp(rt);
    const width = headers.length;
    const afterSetup = rt.workbook.values('Customers');
    expect(afterSetup.map((r) => r.slice(0, width))).toEqual(before);
    expect(rt.run('recalculateTiers', [], { user: EDITOR }).ok).toBe(true);
    const afterRecalc = rt.workbook.values('Customers');
    expect(afterRecalc.map((r) => r.slice(0, width))).toEqual(before);
    // The add-on's own columns were filled: the best of 30 customers is A.
    const tierAt = afterRecalc[0]!.indexOf('Tier');
    expect(afterRecalc[1]![tierAt]).toBe('A');
    expect(afterRecalc.slice(1).map((r) => r[tierAt])).toEqual(
      expect.arrayContaining(['A', 'B', 'C', 'D']),
    );
  });

  it.each([
    [
      'a missing required header',
      ['Customer ID', 'Customer Name', 'Revenue'],
      /Customers: the required column "Name" is missing/,
    ],
    [
      'a duplicated header',
      ['Customer ID', 'Name', 'Revenue', 'revenue'],
      /Customers: the column "Revenue" appears more than once in the header row \(C1, D1\)/,
    ],
  ])(
    'refuses %s with a message naming the sheet and header, and writes nothing',
    (_, headers, message) => {
      const rt = newRuntime();
      rt.workbook.setValues('Customers', [headers, ['C1', 'A', 5, 6]]);
      const before = snapshot(rt);
      rt.ui.respondWith('OK');
      const e = rt.run('setUpSheets', [], { user: OWNER });
      expect(e.ok, e.error?.message).toBe(true);
      expect(rt.ui.alerts.at(-1)?.prompt).toMatch(message);
      expect(snapshot(rt)).toEqual(before);
      // The sidebar says the same, as a setup error.
      const card = rt.runFromBrowser<ApiAnswer>('sidebarInit', [], { user: EDITOR });
      expect(card.value).toMatchObject({ ok: false, code: 'setup' });
    },
  );

  it('answers in Chinese for a Chinese user', () => {
    const rt = newRuntime();
    rt.workbook.setValues('Customers', [['Customer ID', 'Revenue']]);
    rt.ui.respondWith('OK');
    rt.run('setUpSheets', [], { user: EDITOR_ZH });
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/缺少必需的列“Name”/);
  });
});

describe('Recalculate tiers', () => {
  it('stops at a revenue typed as text, naming the cell, and writes nothing', () => {
    const rt = newRuntime({ customers: 20 });
    setUp(rt);
    const values = rt.workbook.values('Customers');
    values[17]![3] = 'twelve';
    rt.workbook.setValues('Customers', values);
    const before = rt.workbook.values('Customers');
    expect(rt.run('recalculateTiers', [], { user: EDITOR }).ok).toBe(true);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/Customers!D18: expected a number, got "twelve"/);
    expect(rt.workbook.values('Customers')).toEqual(before);
  });

  it('fills last contact and the pending follow-up from the interactions', () => {
    const rt = newRuntime({ customers: 5 });
    setUp(rt);
    rt.runFromBrowser(
      'sidebarLogInteraction',
      [form({ customerId: 'C0002', date: '2025-06-01', followUpDate: '2025-06-05' })],
      { user: EDITOR },
    );
    rt.runFromBrowser(
      'sidebarLogInteraction',
      [form({ customerId: 'C0003', date: '2025-06-02', followUpDate: '2025-07-01' })],
      { user: EDITOR },
    );
    expect(rt.run('recalculateTiers', [], { user: EDITOR }).ok).toBe(true);
    const [header, ...rows] = rt.workbook.values('Customers');
    const day = (v: unknown) =>
      v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
        ? (v as Date).toISOString()
        : v;
    const last = header!.indexOf('Last Contact');
    const next = header!.indexOf('Next Follow-up');
    // Dates are midnight in Asia/Shanghai (UTC+8).
    expect(day(rows[1]![last])).toBe('2025-05-31T16:00:00.000Z');
    expect(day(rows[1]![next])).toBe('2025-06-04T16:00:00.000Z');
    expect(day(rows[2]![next])).toBe('2025-06-30T16:00:00.000Z');
    expect(rows[0]![last]).toBe('');
  });

  it('uses the Settings sheet: cuts of 10/20/50 % give 1/1/3 of 10 customers', () => {
    const rt = newRuntime({ customers: 10 });
    setUp(rt);
    const settings = rt.workbook.values('Settings');
    for (const [key, value] of [
      ['tier_cut_a', 0.1],
      ['tier_cut_b', 0.2],
      ['tier_cut_c', 0.5],
    ] as const)
      settings.find((r) => r[0] === key)![1] = value;
    rt.workbook.setValues('Settings', settings);
    rt.run('recalculateTiers', [], { user: EDITOR });
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/1 A, 1 B, 3 C, 5 D/);
  });
});

describe('Contacts on the card', () => {
  it('marks the coach and lists important dates in the next 30 days', () => {
    const rt = newRuntime({
      contacts: [
        [
          'C0001',
          'Ms Coach',
          'coach',
          'c@x.com',
          '123',
          new Date('2001-06-19T16:00:00Z'),
          'amiable',
          '',
        ],
        ['C0001', 'Mr Far', 'decision_maker', '', '', new Date('1980-12-01T16:00:00Z'), '', ''],
        ['C0002', 'Other', 'user', '', '', '', '', ''],
      ],
    });
    setUp(rt);
    const card = rt.runFromBrowser<
      ApiAnswer<{ contacts: { name: string; isCoach: boolean }[]; upcomingDates: unknown[] }>
    >('sidebarCard', [{ customerId: 'C0001' }], { user: EDITOR });
    expect(card.value?.ok, JSON.stringify(card.value)).toBe(true);
    if (!card.value?.ok) return;
    expect(card.value.value.contacts.map((c) => [c.name, c.isCoach])).toEqual([
      ['Ms Coach', true],
      ['Mr Far', false],
    ]);
    expect(card.value.value.upcomingDates).toEqual([
      { contactName: 'Ms Coach', date: '2025-06-20', daysAway: 10 },
    ]);
  });
});
