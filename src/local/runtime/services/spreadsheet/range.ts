/** Range and RangeList: values, formulas and cell metadata of a rectangle of one sheet. */
import type { CellValue } from '../../types';
import { ServiceObject, type Like, type ServiceContext } from '../service-object';
import { a1Of } from './a1-notation';
import { displayValue } from './display';
import type { SheetModel, Stored, WorkbookModel } from './model';
import { assertEditable, ProtectionImpl } from './protection';
import { TextFinderImpl } from './text-finder';
import type { Collaborators } from './user';
import { DataValidationImpl } from './validation';
import { userEntered } from './user-entered';

type R = GoogleAppsScript.Spreadsheet.Range;

/** The sheet a range lies on (a SheetImpl), as the range sees it. */
export interface RangeSheet extends ServiceObject {
  readonly model: SheetModel;
  readonly parentImpl: { readonly model: WorkbookModel; readonly people: Collaborators };
  getRange(row: number, column: number): RangeImpl;
}

/** Sheets' limit on the text of one cell. */
export const MAX_CELL_CHARS = 50_000;

const RANGE_WRITES = [
  'setValue',
  'setValues',
  'setFormula',
  'setFormulas',
  'setNumberFormat',
  'setNumberFormats',
  'setDataValidation',
  'setDataValidations',
  'clearDataValidations',
  'setFontWeight',
  'setFontWeights',
  'setBackground',
  'setBackgrounds',
  'setNote',
  'setNotes',
  'clear',
  'clearContent',
  'clearFormat',
  'clearNote',
  'protect',
  'setWrap',
  'setHorizontalAlignment',
  'setFontColor',
  'insertCheckboxes',
];

/** Checks the rectangle lies inside the sheet's grid, with Apps Script's messages. */
export function assertRectangle(
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): void {
  for (const [n, what] of [
    [row, 'row'],
    [col, 'column'],
    [numRows, 'rows'],
    [numCols, 'columns'],
  ] as const) {
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new Error(
        `Cannot find method getRange(${[row, col, numRows, numCols].map(String).join(',')}).`,
      );
    if (what === 'row' || what === 'column') {
      if (n < 1) throw new Error(`The starting ${what} of the range is too small.`);
    } else if (n < 1) throw new Error(`The number of ${what} in the range must be at least 1.`);
  }
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxColumns)
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
}

/** A value as Apps Script accepts it in setValues: null/undefined clear the cell. */
function storable(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || v instanceof Date)
    return v;
  return String(v);
}

export class RangeImpl
  extends ServiceObject
  implements
    Like<
      R,
      | 'getValues'
      | 'getDisplayValues'
      | 'getFormulas'
      | 'getNumberFormats'
      | 'getA1Notation'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getValue'
      | 'getFormula'
      | 'getDisplayValue'
      | 'getNumberFormat'
      | 'getNote'
      | 'getBackground'
    >
{
  static override writes = RANGE_WRITES;
  readonly typeName = 'Range';
  readonly service = 'spreadsheet' as const;

  constructor(
    host: ServiceContext,
    readonly sheetImpl: RangeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    super(host);
    assertRectangle(sheetImpl.model, row, col, numRows, numCols);
  }

  private get _m(): SheetModel {
    return this.sheetImpl.model;
  }

  private _grid<T>(cell: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = new Array(this.numCols);
      for (let c = 0; c < this.numCols; c++) row[c] = cell(this.row + r, this.col + c);
      out.push(row);
    }
    this.host.noteCells(this.numRows * this.numCols, 0);
    return out;
  }

  private _each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) fn(this.row + i, this.col + j, i, j);
  }

  private _tz(): string {
    return this.sheetImpl.parentImpl.model.timeZone;
  }

  private _writable(): void {
    assertEditable(this.host, this._m, this.row, this.col, this.numRows, this.numCols);
  }

  /** Writes one value as Sheets does for a script write (USER_ENTERED). */
  private _write(r: number, c: number, raw: unknown): void {
    const v = storable(raw);
    if (typeof v === 'string') {
      const wb = this.sheetImpl.parentImpl.model;
      const ctx = {
        timeZone: wb.timeZone,
        locale: wb.locale,
        nowMs: this.host.nowMs(),
      };
      const entered = userEntered(v, ctx, this._m.format(r, c) === '@');
      this._m.set(r, c, entered.value, entered.formula);
      if (entered.format && !this._m.format(r, c))
        this._m.setMeta(this._m.formats, r, c, entered.format);
    } else this._m.set(r, c, v as Stored);
  }

  private _checkShape(values: unknown, what = 'data'): unknown[][] {
    this._checkCellText(values);
    if (!Array.isArray(values) || !values.every(Array.isArray))
      throw new Error(
        `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.setValues.`,
      );
    const rows = values as unknown[][];
    if (rows.length !== this.numRows)
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${rows.length} but the range has ${this.numRows}.`,
      );
    for (const row of rows)
      if (row.length !== this.numCols)
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this.numCols}.`,
        );
    return rows;
  }

  /** Sheets refuses text longer than 50,000 characters in one cell. */
  private _checkCellText(values: unknown): void {
    const rows = Array.isArray(values) ? values : [[values]];
    for (const row of rows)
      for (const v of Array.isArray(row) ? row : [row])
        if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
          throw new Error(
            `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
          );
  }

  // --- reading ---
  getValues(): CellValue[][] {
    return this._grid((r, c) => {
      const v = this._m.get(r, c);
      return v instanceof Date ? new Date(v.getTime()) : v;
    });
  }
  getValue(): CellValue {
    this.host.noteCells(1, 0);
    const v = this._m.get(this.row, this.col);
    return v instanceof Date ? new Date(v.getTime()) : v;
  }
  getDisplayValues(): string[][] {
    return this._grid((r, c) => displayValue(this._m.get(r, c), this._m.format(r, c), this._tz()));
  }
  getDisplayValue(): string {
    this.host.noteCells(1, 0);
    return displayValue(
      this._m.get(this.row, this.col),
      this._m.format(this.row, this.col),
      this._tz(),
    );
  }
  getFormulas(): string[][] {
    return this._grid((r, c) => this._m.formula(r, c));
  }
  getFormula(): string {
    this.host.noteCells(1, 0);
    return this._m.formula(this.row, this.col);
  }
  getNumberFormats(): string[][] {
    return this._grid((r, c) => this._m.format(r, c) ?? 'General');
  }
  getNumberFormat(): string {
    return this._m.format(this.row, this.col) ?? 'General';
  }
  getNote(): string {
    return this._m.meta(this._m.notes, this.row, this.col) ?? '';
  }
  getNotes(): string[][] {
    return this._grid((r, c) => this._m.meta(this._m.notes, r, c) ?? '');
  }
  getBackground(): string {
    return this._m.meta(this._m.backgrounds, this.row, this.col) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this._grid((r, c) => this._m.meta(this._m.backgrounds, r, c) ?? '#ffffff');
  }
  getFontWeight(): string {
    return this._m.meta(this._m.fontWeights, this.row, this.col) ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this._grid((r, c) => this._m.meta(this._m.fontWeights, r, c) ?? 'normal');
  }
  getDataValidation(): DataValidationImpl | null {
    const rule = this._m.meta(this._m.validations, this.row, this.col);
    return rule ? new DataValidationImpl(this.host, rule) : null;
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    return this._grid((r, c) => {
      const rule = this._m.meta(this._m.validations, r, c);
      return rule ? new DataValidationImpl(this.host, rule) : null;
    });
  }
  /**
   * "Determines whether the user has permission to edit every cell in the range. The
   * spreadsheet owner is always able to edit protected ranges and sheets."
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#canEdit()). Whoever
   * can edit the file (by name, group, domain or link) and is not kept out by a protection.
   */
  canEdit(): boolean {
    const user = this.host.exec.effectiveUser;
    if (user.role === 'owner') return true;
    if (user.role !== 'editor') return false;
    try {
      this._writable();
      return true;
    } catch {
      return false;
    }
  }
  isBlank(): boolean {
    let blank = true;
    this._each((r, c) => {
      if (this._m.get(r, c) !== '' || this._m.formula(r, c)) blank = false;
    });
    return blank;
  }

  // --- geometry ---
  getA1Notation(): string {
    return a1Of(this.row, this.col, this.numRows, this.numCols);
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getRowIndex(): number {
    return this.row;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getSheet(): RangeSheet {
    return this.sheetImpl;
  }
  getCell(row: number, column: number): RangeImpl {
    if (row > this.numRows || column > this.numCols)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new RangeImpl(
      this.host,
      this.sheetImpl,
      this.row + row - 1,
      this.col + column - 1,
      1,
      1,
    );
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeImpl {
    return new RangeImpl(
      this.host,
      this.sheetImpl,
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }
  activate(): this {
    return this;
  }

  // --- writing ---
  setValues(values: unknown[][]): this {
    const rows = this._checkShape(values);
    this._writable();
    rows.forEach((row, i) => row.forEach((v, j) => this._write(this.row + i, this.col + j, v)));
    this.host.noteCells(0, this.numRows * this.numCols);
    return this;
  }
  setValue(value: unknown): this {
    this._checkCellText(value);
    this._writable();
    this._each((r, c) => this._write(r, c, value));
    return this;
  }
  setFormula(formula: string): this {
    this._writable();
    this._each((r, c) => this._write(r, c, formula.startsWith('=') ? formula : `=${formula}`));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const rows = this._checkShape(formulas);
    this._writable();
    rows.forEach((row, i) => row.forEach((f, j) => this._write(this.row + i, this.col + j, f)));
    this.host.noteCells(0, this.numRows * this.numCols);
    return this;
  }
  setNumberFormat(format: string): this {
    this._writable();
    this._each((r, c) => this._m.setMeta(this._m.formats, r, c, String(format)));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    const rows = this._checkShape(formats);
    this._writable();
    this._each((r, c, i, j) => this._m.setMeta(this._m.formats, r, c, String(rows[i]![j])));
    return this;
  }
  setDataValidation(rule: DataValidationImpl | null): this {
    this._writable();
    this._each((r, c) => this._m.setMeta(this._m.validations, r, c, rule ? rule.rule : null));
    return this;
  }
  setDataValidations(rules: (DataValidationImpl | null)[][]): this {
    const rows = this._checkShape(rules);
    this._writable();
    this._each((r, c, i, j) =>
      this._m.setMeta(this._m.validations, r, c, (rows[i]![j] as DataValidationImpl | null)?.rule),
    );
    return this;
  }
  clearDataValidations(): this {
    this._writable();
    this._each((r, c) => this._m.setMeta(this._m.validations, r, c, null));
    return this;
  }
  setFontWeight(weight: string | null): this {
    this._writable();
    this._each((r, c) =>
      this._m.setMeta(this._m.fontWeights, r, c, weight === 'normal' ? null : weight),
    );
    return this;
  }
  setFontWeights(weights: string[][]): this {
    const rows = this._checkShape(weights);
    this._writable();
    this._each((r, c, i, j) => this._m.setMeta(this._m.fontWeights, r, c, rows[i]![j] as string));
    return this;
  }
  setBackground(color: string | null): this {
    this._writable();
    this._each((r, c) => this._m.setMeta(this._m.backgrounds, r, c, color));
    return this;
  }
  setBackgrounds(colors: string[][]): this {
    const rows = this._checkShape(colors);
    this._writable();
    this._each((r, c, i, j) => this._m.setMeta(this._m.backgrounds, r, c, rows[i]![j] as string));
    return this;
  }
  setNote(note: string | null): this {
    this._writable();
    this._each((r, c) => this._m.setMeta(this._m.notes, r, c, note));
    return this;
  }
  setNotes(notes: string[][]): this {
    const rows = this._checkShape(notes);
    this._writable();
    this._each((r, c, i, j) => this._m.setMeta(this._m.notes, r, c, rows[i]![j] as string));
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }
  setWrap(_wrap: boolean): this {
    this._writable();
    return this;
  }
  setHorizontalAlignment(_alignment: string | null): this {
    this._writable();
    return this;
  }
  setFontColor(_color: string | null): this {
    this._writable();
    return this;
  }
  clearContent(): this {
    this._writable();
    this._each((r, c) => this._m.set(r, c, ''));
    return this;
  }
  clearFormat(): this {
    this._writable();
    this._each((r, c) => {
      for (const map of [this._m.formats, this._m.backgrounds, this._m.fontWeights])
        this._m.setMeta(map, r, c, null);
    });
    return this;
  }
  clear(): this {
    this.clearContent();
    this.clearFormat();
    return this;
  }
  createTextFinder(findText: string): TextFinderImpl<RangeImpl> {
    return new TextFinderImpl(this.host, this, findText);
  }
  protect(): ProtectionImpl {
    this._writable();
    return ProtectionImpl.create(this.host, this._m, this.sheetImpl.parentImpl.people, {
      row: this.row,
      col: this.col,
      numRows: this.numRows,
      numCols: this.numCols,
    });
  }
}

/** Several ranges, as Spreadsheet.getRangeList returns. */
export class RangeListImpl extends ServiceObject {
  static override writes = [
    'setValue',
    'clearContent',
    'setBackground',
    'setFontWeight',
    'setNumberFormat',
    'clear',
  ];
  readonly typeName = 'RangeList';
  readonly service = 'spreadsheet' as const;

  constructor(
    host: ServiceContext,
    readonly ranges: RangeImpl[],
  ) {
    super(host);
  }
  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }
  setValue(value: unknown): this {
    for (const r of this.ranges) r.setValue(value);
    return this;
  }
  clearContent(): this {
    for (const r of this.ranges) r.clearContent();
    return this;
  }
  clear(): this {
    for (const r of this.ranges) r.clear();
    return this;
  }
  setBackground(color: string | null): this {
    for (const r of this.ranges) r.setBackground(color);
    return this;
  }
  setFontWeight(weight: string | null): this {
    for (const r of this.ranges) r.setFontWeight(weight);
    return this;
  }
  setNumberFormat(format: string): this {
    for (const r of this.ranges) r.setNumberFormat(format);
    return this;
  }
}
