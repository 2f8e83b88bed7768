/**
 * The sheets speak the team's words, through the BUILT bundle: the add-on writes fixed-list
 * cells (Quadrant, Band, Kind, Purpose, Satisfaction, Funnel) as labels in the team's language
 * (the Settings `language`; auto is the user's), its dropdowns offer those labels, and reading
 * takes the code or either language's label, case and spaces ignored, each column with its own
 * list.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, LocalAppsScript } from '../../../src/local/runtime';
import {
  BAND_LABELS,
  FUNNEL_LABELS,
  INTERACTION_KIND_LABELS,
  PERSONALITY_LABELS,
  PURPOSE_LABELS,
  QUADRANT_LABELS,
  ROLE_LABELS,
  SATISFACTION_LABELS,
} from '../../../src/core/crm/vocabulary';
import type { LocalizedText } from '../../../src/core/i18n';
import { bundleWithoutGuard } from '../../support/patched-bundle';
import { EDITOR, OWNER, form, interactionRows, newRuntime, setUp, type ApiAnswer } from './support';
import {
  digests,
  editCustomers,
  jobRuntime,
  runTrigger,
  saveSchedule,
} from '../report/job-support';

type Lang = 'en' | 'zh';

const labels = (list: Readonly<Record<string, LocalizedText>>, lang: Lang): string[] =>
  Object.values(list)
    .map((l) => l[lang])
    .filter((t) => t !== '');

/** Sets a Settings value (the row must exist). */
function setSetting(rt: LocalAppsScript, key: string, value: CellValue): void {
  const values = rt.workbook.values('Settings');
  const row = values.find((r) => r[0] === key);
  if (!row) throw new Error(`no setting ${key}`);
  row[1] = value;
  rt.workbook.setValues('Settings', values);
}

/** A column of a sheet below its header, by header. */
function column(rt: LocalAppsScript, sheet: string, header: string): CellValue[] {
  const [head, ...rows] = rt.workbook.values(sheet);
  const at = head!.indexOf(header);
  return rows.filter((r) => r.some((c) => c !== '')).map((r) => r[at]!);
}

/** The dropdown of a sheet's column (its row-2 rule), by header. */
function dropdown(rt: LocalAppsScript, sheet: string, header: string): unknown[] {
  const at = rt.workbook.values(sheet)[0]!.indexOf(header);
  const a1 = `${String.fromCharCode(65 + at)}2`;
  // requireValueInList(list, showDropdown): the rule's first value is the list.
  return (rt.workbook.sheetMeta(sheet).validations[a1]?.values[0] as unknown[] | undefined) ?? [];
}

function recalc(rt: LocalAppsScript, user = OWNER): void {
  const e = rt.run('recalculateTiers', [], { user });
  expect(e.ok, e.error?.message).toBe(true);
  expect(rt.ui.toasts.at(-1)?.message ?? '').not.toMatch(/Nothing was written|未写入/);
}

function card(rt: LocalAppsScript, id: string, user = EDITOR) {
  const e = rt.runFromBrowser<ApiAnswer<Record<string, unknown>>>(
    'sidebarCard',
    [{ customerId: id }],
    { user },
  );
  expect(e.ok, e.error?.message).toBe(true);
  const answer = e.value!;
  if (!answer.ok) throw new Error(answer.message);
  return answer.value;
}

/** A book set up and recalculated with the team's language `lang` (set before setup). */
function book(lang: Lang, options: { bundlePath?: string } = {}): LocalAppsScript {
  const rt = newRuntime({ customers: 40, ...options });
  if (lang === 'zh')
    rt.workbook.setValues('Settings', [
      ['Setting', 'Value', 'Description'],
      ['language', 'zh', ''],
    ]);
  setUp(rt);
  recalc(rt);
  return rt;
}

describe('fixed-list cells hold labels in the team language', () => {
  it.each(['en', 'zh'] as const)('a book set up and recalculated in %s', (lang) => {
    const rt = book(lang);
    const quadrants = column(rt, 'Customers', 'Quadrant');
    const bands = column(rt, 'Customers', 'Band');
    expect(new Set(quadrants)).toEqual(new Set(labels(QUADRANT_LABELS, lang)));
    for (const b of bands) expect(['', ...labels(BAND_LABELS, lang)]).toContain(b);
    expect(bands.some((b) => b !== '')).toBe(true);
    // Tier keeps its letters: they are the team's words and what the tier formulas read.
    expect(new Set(column(rt, 'Customers', 'Tier'))).toEqual(new Set(['A', 'B', 'C', 'D']));

    expect(dropdown(rt, 'Customers', 'Quadrant')).toEqual(labels(QUADRANT_LABELS, lang));
    expect(dropdown(rt, 'Customers', 'Band')).toEqual(labels(BAND_LABELS, lang));
    expect(dropdown(rt, 'Customers', 'Tier')).toEqual(['A', 'B', 'C', 'D']);
    expect(dropdown(rt, 'Interactions', 'Kind')).toEqual(labels(INTERACTION_KIND_LABELS, lang));
    expect(dropdown(rt, 'Interactions', 'Purpose')).toEqual(labels(PURPOSE_LABELS, lang));
    expect(dropdown(rt, 'Interactions', 'Satisfaction')).toEqual(labels(SATISFACTION_LABELS, lang));
    expect(dropdown(rt, 'Interactions', 'Funnel')).toEqual(labels(FUNNEL_LABELS, lang));
    expect(dropdown(rt, 'Contacts', 'Role')).toEqual(labels(ROLE_LABELS, lang));
    expect(dropdown(rt, 'Contacts', 'Personality')).toEqual(labels(PERSONALITY_LABELS, lang));
  });

  it('logging from the sidebar writes labels; the answer and the card still carry codes', () => {
    for (const [lang, visit, info, satisfied, middle] of [
      ['en', 'Visit', 'Information', 'Delighted', 'Middle of funnel'],
      ['zh', '拜访', '信息沟通', '非常满意', '漏斗中部'],
    ] as const) {
      const rt = book(lang);
      const e = rt.runFromBrowser<ApiAnswer<Record<string, unknown>>>(
        'sidebarLogInteraction',
        [form({ perceived: 5, expected: 3, dealProbability: 60 })],
        { user: EDITOR },
      );
      expect(e.value).toMatchObject({
        ok: true,
        value: { created: true, funnel: 'middle', satisfaction: 'delighted' },
      });
      const [row] = interactionRows(rt);
      expect(row).toMatchObject({
        Kind: visit,
        Purpose: info,
        Satisfaction: satisfied,
        Funnel: middle,
      });
      const recent = card(rt, 'C0001').recentInteractions as Record<string, unknown>[];
      expect(recent[0]).toMatchObject({ kind: 'visit', purpose: 'information' });
    }
  });

  it('switching the language relabels the owned columns on Recalculate and the dropdowns on Set up', () => {
    const rt = book('en');
    const enQuadrants = column(rt, 'Customers', 'Quadrant');
    setSetting(rt, 'language', 'zh');
    recalc(rt, EDITOR);
    const zhQuadrants = column(rt, 'Customers', 'Quadrant');
    const code = (text: CellValue, lang: Lang) =>
      Object.entries(QUADRANT_LABELS).find(([, l]) => l[lang] === text)?.[0];
    expect(zhQuadrants.map((q) => code(q, 'zh'))).toEqual(enQuadrants.map((q) => code(q, 'en')));
    for (const b of column(rt, 'Customers', 'Band'))
      expect(['', ...labels(BAND_LABELS, 'zh')]).toContain(b);
    setUp(rt);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/dropdowns now offer the labels.*\(zh\)/);
    expect(dropdown(rt, 'Interactions', 'Kind')).toEqual(labels(INTERACTION_KIND_LABELS, 'zh'));
    expect(dropdown(rt, 'Customers', 'Quadrant')).toEqual(labels(QUADRANT_LABELS, 'zh'));
    // Set up again: nothing more to do.
    setUp(rt);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/Nothing was changed/);
    // Back to auto: a Chinese user's runs write Chinese, an English user's English.
    setSetting(rt, 'language', 'auto');
    recalc(rt, EDITOR);
    expect(new Set(column(rt, 'Customers', 'Quadrant'))).toEqual(
      new Set(labels(QUADRANT_LABELS, 'en')),
    );
  });
});

/** Interactions rows for C0001 (kind, purpose, satisfaction, funnel as given). */
function logRows(
  rt: LocalAppsScript,
  cells: [kind: string, purpose: string, satisfaction: string, funnel: string][],
): void {
  const [header] = rt.workbook.values('Interactions');
  const col = (name: string): number => header!.indexOf(name);
  const rows = cells.map(([kind, purpose, satisfaction, funnel], i) => {
    const row: CellValue[] = new Array<CellValue>(header!.length).fill('');
    row[col('Logged At')] = new Date(Date.UTC(2025, 0, 1 + i));
    row[col('Customer ID')] = 'C0001';
    row[col('Date')] = new Date(Date.UTC(2025, 0, 1 + i));
    row[col('Kind')] = kind;
    row[col('Purpose')] = purpose;
    row[col('Summary')] = `Contact ${i}`;
    row[col('Satisfaction')] = satisfaction;
    row[col('Funnel')] = funnel;
    row[col('Request ID')] = `r-${i}`;
    return row;
  });
  rt.workbook.setValues('Interactions', [header!, ...rows]);
}

/** Sets C0001's Tier and Band cells and adds a contact with `role` and `personality`. */
function customerCells(rt: LocalAppsScript, tier: string, band: string, role: string, p: string) {
  editCustomers(rt, { C0001: { Tier: tier, Band: band } });
  const [header] = rt.workbook.values('Contacts');
  const contact: Record<string, CellValue> = {
    'Customer ID': 'C0001',
    Name: 'Ms Wang',
    Role: role,
    Personality: p,
  };
  rt.workbook.setValues('Contacts', [header!, header!.map((h) => contact[String(h)] ?? '')]);
}

const MIXED: [string, string, string, string][] = [
  ['visit', 'policy', 'satisfied', 'top'],
  ['  Trade SHOW ', 'EMOTIONAL', ' delighted', 'Bottom of funnel'],
  ['拜访', '政策沟通', '不满意', '漏斗中部'],
  [' 电话 ', 'Information', '非常满意', 'middle'],
  ['Email or letter', '信息沟通', 'Dissatisfied', '漏斗上部'],
];
const CODES: [string, string, string, string][] = [
  ['visit', 'policy', 'satisfied', 'top'],
  ['trade_show', 'emotional', 'delighted', 'bottom'],
  ['visit', 'policy', 'dissatisfied', 'middle'],
  ['call', 'information', 'delighted', 'middle'],
  ['email', 'information', 'dissatisfied', 'top'],
];

/** The card of C0001 in a book whose cells are `rows` and the given Customers/Contacts cells. */
function mixedCard(
  rows: [string, string, string, string][],
  cells: [tier: string, band: string, role: string, personality: string],
  bundlePath?: string,
) {
  const rt = book('en', bundlePath ? { bundlePath } : {});
  logRows(rt, rows);
  customerCells(rt, ...cells);
  return card(rt, 'C0001');
}

describe('reading accepts codes and both languages’ labels', () => {
  it('a sheet of codes, English and Chinese labels mixed reads the same records', () => {
    const coded = mixedCard(CODES, ['A', 'vip', 'coach', 'driver']);
    expect(coded).toMatchObject({ tier: 'A', band: 'vip' });
    expect(coded.contacts).toEqual([
      expect.objectContaining({ role: 'coach', personality: 'driver' }),
    ]);
    // "VIP" is tier A in Tier and the band vip in Band: each column reads with its own list.
    expect(mixedCard(MIXED, [' VIP ', 'VIP', '教练', ' Driver '])).toEqual(coded);
    expect(mixedCard(MIXED, ['vip客户', 'vip', 'COACH', '驾驭型'])).toEqual(coded);
  });

  it('a cell naming what every object inherits is not a code', () => {
    const rt = book('en');
    logRows(rt, [['visit', 'constructor', '__proto__', 'Constructor']]);
    const [recent] = card(rt, 'C0001').recentInteractions as Record<string, unknown>[];
    expect(recent).toMatchObject({ kind: 'visit', purpose: '', satisfaction: '' });
  });

  it('without per-column decoding, "VIP" in Tier or Band reads as the wrong code', () => {
    const merged = bundleWithoutGuard('per-column-choices', {
      find: /const choiceTable = decodingTable\(column\.choices\);/,
      replace:
        'const choiceTable = Object.assign({}, ...TABLES.flatMap((t) => t.columns).filter((c) => c.choices).map((c) => decodingTable(c.choices)));',
    });
    const coded = mixedCard(CODES, ['A', 'vip', 'coach', 'driver']);
    expect(mixedCard(MIXED, [' VIP ', 'VIP', '教练', ' Driver '], merged)).not.toEqual(coded);
  });

  it('the digest names a contact’s role from a Chinese label in an English mail', () => {
    const rt = jobRuntime();
    saveSchedule(rt, { language: 'en' });
    expect(runTrigger(rt).ok).toBe(true); // the baseline week
    editCustomers(rt, { C0050: { Revenue: 1e9 } });
    const [header] = rt.workbook.values('Contacts');
    const contact: Record<string, CellValue> = {
      'Customer ID': 'C0050',
      Name: 'Ms Wang',
      Role: ' 教练 ',
      'Important Date': new Date('1980-12-17T00:00:00Z'),
    };
    rt.workbook.setValues('Contacts', [header!, header!.map((h) => contact[String(h)] ?? '')]);
    rt.clock.advance(7 * 24 * 3_600_000);
    const run = runTrigger(rt);
    expect(run.ok, run.error?.message).toBe(true);
    expect(digests(rt).at(-1)!.body).toContain('Ms Wang (Coach)');
  });
});
