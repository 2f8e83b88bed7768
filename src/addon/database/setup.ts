/**
 * Menu: Set up sheets. Creates only what is missing — the four sheets, their headers, the
 * frozen header row, dropdowns for fixed lists and number/date formats on the columns it
 * adds, the Settings rows — and never deletes, moves or rewrites anything a user typed.
 * Everything is checked before anything is written: a sheet with a missing or duplicated
 * required header is refused with a message naming it, and nothing at all is changed.
 */
import { fillTemplate, localize, type Locale } from '../../core/i18n';
import { headerProblemMessage, mapHeaders } from '../../core/store/headers';
import { SETTINGS, TABLES, type ColumnSpec, type TableSpec } from '../../core/store/schema';
import { readSettings, SETTING_ROWS } from '../../core/store/settings';
import { isBlank } from '../../core/store/read-cell';
import { userLocale } from '../locale';
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

/** Dropdown of a fixed list: the codes, other text flagged but allowed (labels are read too). */
function applyColumnRules(sheet: Sheet, column: ColumnSpec, at: number): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const range = sheet.getRange(2, at + 1, rows, 1);
  if (column.choices) {
    const codes = Object.keys(column.choices).filter((c) => c !== 'none');
    range.setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(codes, true)
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
    p.add.forEach((column, k) => applyColumnRules(sheet!, column, p.at + k));
  }
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  return changes;
}

/** Adds the Settings rows that are missing, with their default values. */
function addMissingSettings(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  locale: Locale,
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
  rows.forEach((r, k) => {
    if (r.format) sheet.getRange(start + k, map.map.index.value! + 1).setNumberFormat(r.format);
  });
  return [
    fillTemplate(localize(DB_MESSAGES.setupAddedSettings, locale), {
      keys: rows.map((r) => r.key).join(', '),
    }),
  ];
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
  const changes = plans.flatMap((p) => apply(ss, p, locale));
  changes.push(...addMissingSettings(ss, locale));
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
  delete layout.nextInteractionRow;
  saveLayout(layout);
  return { refused, changes };
}

/** Menu handler: runs setup and tells the user what it did or why it refused. */
export function menuSetUpSheets(): void {
  const locale = userLocale();
  const report = setUpSheets(locale);
  const ui = SpreadsheetApp.getUi();
  const title = localize(DB_MESSAGES.setupDone, locale);
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
