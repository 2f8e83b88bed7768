/**
 * Menu: Set up sheets. Creates only what is missing — the four sheets, their headers, the
 * frozen header row, dropdowns for fixed lists and number/date formats on the columns it
 * adds, the Settings rows — and never deletes, moves or rewrites anything a user typed.
 * Everything is checked before anything is written: a sheet with a missing or duplicated
 * required header is refused with a message naming it, and nothing at all is changed.
 *
 * It runs under the document lock, so two at once cannot both add a sheet or a Settings row.
 * A run cut short at any call is finished by the next: before it writes, it records which
 * columns and Settings rows still need their dropdowns and formats, and only clears that
 * record once they all have them.
 */
import { fillTemplate, localize, type Locale } from '../../core/i18n';
import { headerProblemMessage, mapHeaders, normalizeHeader } from '../../core/store/headers';
import { SETTINGS, TABLES, type ColumnSpec, type TableSpec } from '../../core/store/schema';
import { readSettings, SETTING_ROWS } from '../../core/store/settings';
import { dropdownValues } from '../../core/store/choices';
import { isBlank } from '../../core/store/read-cell';
import * as z from 'zod/mini';
import { teamLocale, userLocale } from '../locale';
import { loadJsonProperty, saveJsonProperty } from '../json-property';
import { addonCell, requireEditor } from '../server/access';
import { ApiFailure } from '../server/api-failure';
import { withDocumentLock } from '../server/document-lock';
import { loadLayout, saveLayout } from './layout';
import { DB_MESSAGES } from './messages';
import { headerSignature } from './read-tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Plan {
  readonly spec: TableSpec;
  readonly sheet: Sheet | null;
  readonly values: unknown[][];
  /** Columns to add after the last header (all of them for a new or empty sheet). */
  readonly add: readonly ColumnSpec[];
  /** Where the first added column goes (0-based). */
  readonly at: number;
}

/** What Set up sheets did, for the message and for tests. */
export interface SetupReport {
  readonly refused: string[];
  readonly changes: string[];
}

function plan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TableSpec, locale: Locale) {
  const sheet = ss.getSheetByName(spec.sheet);
  const values = sheet ? sheet.getDataRange().getValues() : [[]];
  const header = values[0] ?? [];
  if (header.every(isBlank)) return { plan: { spec, sheet, values, add: spec.columns, at: 0 } };
  const mapped = mapHeaders(spec, header);
  if (!mapped.ok) return { refused: headerProblemMessage(spec.sheet, mapped.problems, locale) };
  return {
    plan: { spec, sheet, values, add: mapped.map.absent, at: mapped.map.width },
  };
}

/** What a Set up sheets run still has to format: column keys by sheet, Settings keys. */
const PENDING_KEY = 'customerPyramid.setupPending';
const pendingSchema = z.object({
  columns: z.record(z.string(), z.array(z.string())),
  settings: z.array(z.string()),
});
type Pending = z.infer<typeof pendingSchema>;

function isEmpty(p: Pending): boolean {
  return Object.values(p.columns).every((keys) => keys.length === 0) && p.settings.length === 0;
}

/** `a` with the keys of `b` added. */
function merged(a: Pending, b: Pending): Pending {
  const columns: Record<string, string[]> = {};
  for (const sheet of new Set([...Object.keys(a.columns), ...Object.keys(b.columns)]))
    columns[sheet] = [...new Set([...(a.columns[sheet] ?? []), ...(b.columns[sheet] ?? [])])];
  return { columns, settings: [...new Set([...a.settings, ...b.settings])] };
}

/**
 * Dropdown of a fixed list: the labels in the team's language (Tier: its letters), other text
 * flagged but allowed (codes and the other language's labels are read too).
 */
function applyColumnRules(sheet: Sheet, column: ColumnSpec, at: number, cellLocale: Locale): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const range = sheet.getRange(2, at + 1, rows, 1);
  if (column.choices) {
    range.setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(dropdownValues(column, cellLocale), true)
        .setAllowInvalid(true)
        .build(),
    );
  }
  if (column.format) range.setNumberFormat(column.format);
}

function apply(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, p: Plan, locale: Locale): string[] {
  const changes: string[] = [];
  let sheet = p.sheet;
  if (!sheet) {
    sheet = ss.insertSheet(p.spec.sheet);
    changes.push(
      fillTemplate(localize(DB_MESSAGES.setupCreatedSheet, locale), { sheet: p.spec.sheet }),
    );
  } else if (p.add.length > 0) {
    changes.push(
      fillTemplate(localize(DB_MESSAGES.setupAddedColumns, locale), {
        sheet: p.spec.sheet,
        headers: p.add.map((c) => c.header).join(', '),
      }),
    );
  }
  if (p.add.length > 0) {
    const need = p.at + p.add.length - sheet.getMaxColumns();
    if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
    sheet.getRange(1, p.at + 1, 1, p.add.length).setValues([p.add.map((c) => c.header)]);
  }
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  return changes;
}

/** Adds the Settings rows that are missing, with their default values. */
function addMissingSettings(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  locale: Locale,
  pending: Pending,
): string[] {
  const sheet = ss.getSheetByName(SETTINGS.sheet);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const read = readSettings(values, locale);
  const layout = loadLayout();
  layout.language = read.settings.language;
  saveLayout(layout);
  if (read.missingKeys.length === 0) return [];
  const map = mapHeaders(SETTINGS, values[0] ?? []);
  if (!map.ok) return [];
  const width = map.map.width;
  const rows = SETTING_ROWS.filter((r) => read.missingKeys.includes(r.key));
  const formatted = rows.filter((r) => r.format).map((r) => r.key);
  if (formatted.length > 0) {
    pending.settings = [...new Set([...pending.settings, ...formatted])];
    saveJsonProperty(PENDING_KEY, pending);
  }
  const block = rows.map((r) => {
    const line: unknown[] = new Array<unknown>(width).fill('');
    line[map.map.index.key!] = r.key;
    line[map.map.index.value!] = r.defaultValue;
    if ((map.map.index.description ?? -1) >= 0)
      line[map.map.index.description!] = localize(r.description, locale);
    return line;
  });
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  if (start + block.length - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), start + block.length - 1 - sheet.getMaxRows());
  sheet.getRange(start, 1, block.length, width).setValues(block);
  return [
    fillTemplate(localize(DB_MESSAGES.setupAddedSettings, locale), {
      keys: rows.map((r) => r.key).join(', '),
    }),
  ];
}

/** Applies the dropdowns and formats `pending` lists, to columns and rows found by name. */
function applyPending(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  pending: Pending,
  cellLocale: Locale,
): void {
  for (const spec of TABLES) {
    const keys = pending.columns[spec.sheet] ?? [];
    const sheet = keys.length > 0 ? ss.getSheetByName(spec.sheet) : null;
    if (!sheet) continue;
    const mapped = mapHeaders(spec, sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0]!);
    if (!mapped.ok) continue;
    for (const column of spec.columns)
      if (keys.includes(column.key) && mapped.map.index[column.key]! >= 0)
        applyColumnRules(sheet, column, mapped.map.index[column.key]!, cellLocale);
  }
  const sheet = pending.settings.length > 0 ? ss.getSheetByName(SETTINGS.sheet) : null;
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const mapped = mapHeaders(SETTINGS, values[0] ?? []);
  if (!mapped.ok) return;
  const keyAt = mapped.map.index.key!;
  const valueAt = mapped.map.index.value!;
  for (const row of SETTING_ROWS) {
    if (!row.format || !pending.settings.includes(row.key)) continue;
    const r = values.findIndex((line, i) => i > 0 && normalizeHeader(line[keyAt]) === row.key);
    if (r > 0) sheet.getRange(r + 1, valueAt + 1).setNumberFormat(row.format);
  }
}

/** Creates what is missing; refuses, changing nothing, when a header row is wrong. */
export function setUpSheets(locale: Locale): SetupReport {
  const ss = SpreadsheetApp.getActive();
  const plans: Plan[] = [];
  const refused: string[] = [];
  for (const spec of TABLES) {
    const result = plan(ss, spec, locale);
    if (result.plan) plans.push(result.plan);
    else refused.push(result.refused!);
  }
  if (refused.length > 0) return { refused, changes: [] };
  // What an earlier run left unformatted, and what this run adds, recorded before any write.
  const left = loadJsonProperty(PENDING_KEY, pendingSchema, null);
  const adding: Pending = { columns: {}, settings: [] };
  for (const p of plans) {
    const keys = p.add.filter((c) => c.choices || c.format).map((c) => c.key);
    if (keys.length > 0) adding.columns[p.spec.sheet] = keys;
  }
  let pending = merged(left ?? { columns: {}, settings: [] }, adding);
  if (!isEmpty(adding)) saveJsonProperty(PENDING_KEY, pending);
  const changes = plans.flatMap((p) => apply(ss, p, locale));
  changes.push(...addMissingSettings(ss, locale, pending));
  // The dropdowns offer labels in the team's language: when it is not the one they were made
  // in (or they were made before they offered labels), every fixed-list column gets them anew.
  const known = loadLayout();
  const cellLocale = teamLocale(known.language);
  const before = known.dropdownLanguage;
  if (before !== cellLocale) {
    const relabel: Pending = { columns: {}, settings: [] };
    for (const p of plans)
      relabel.columns[p.spec.sheet] = p.spec.columns.filter((c) => c.choices).map((c) => c.key);
    pending = merged(pending, relabel);
    saveJsonProperty(PENDING_KEY, pending);
    if (before !== undefined)
      changes.push(
        fillTemplate(localize(DB_MESSAGES.setupRelabelled, locale), { language: cellLocale }),
      );
  }
  applyPending(ss, pending, cellLocale);
  if (left && changes.length === 0) changes.push(localize(DB_MESSAGES.setupFinished, locale));
  // Remember the header rows and time zone, so that reads need no size lookups.
  const layout = loadLayout();
  for (const p of plans) {
    const sheet = ss.getSheetByName(p.spec.sheet);
    if (sheet)
      layout.headers[p.spec.sheet] = headerSignature(
        sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0],
      );
  }
  layout.timeZone = ss.getSpreadsheetTimeZone();
  layout.dropdownLanguage = cellLocale;
  delete layout.nextInteractionRow;
  saveLayout(layout);
  if (left || !isEmpty(pending)) saveJsonProperty(PENDING_KEY, null);
  return { refused, changes };
}

/** Menu handler: runs setup and tells the user what it did or why it refused. */
export function menuSetUpSheets(): void {
  const locale = userLocale();
  const ui = SpreadsheetApp.getUi();
  const title = localize(DB_MESSAGES.setupDone, locale);
  let report: SetupReport;
  try {
    // Someone who may not edit is refused before anything is read or remembered.
    requireEditor(() => addonCell(SpreadsheetApp.getActive()), locale);
    report = withDocumentLock(locale, () => setUpSheets(locale));
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    ui.alert(title, error.message, ui.ButtonSet.OK);
    return;
  }
  if (report.refused.length > 0)
    ui.alert(
      title,
      `${localize(DB_MESSAGES.setupRefused, locale)}\n\n${report.refused.join('\n')}`,
      ui.ButtonSet.OK,
    );
  else
    ui.alert(
      title,
      report.changes.length > 0
        ? report.changes.join('\n')
        : localize(DB_MESSAGES.setupNothing, locale),
      ui.ButtonSet.OK,
    );
}
