/** Sheet: a grid that grows with appendRow/insert*, frozen rows, protections, visibility. */
import { ServiceObject, type Like, type ServiceContext } from '../service-object';
import { parseA1, resolveA1 } from './a1-notation';
import type { SheetModel, WorkbookModel } from './model';
import { assertEditable, ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { TextFinderImpl } from './text-finder';
import type { Collaborators } from './user';

type S = GoogleAppsScript.Spreadsheet.Sheet;

/** The spreadsheet a sheet belongs to (a SpreadsheetImpl), as the sheet sees it. */
export interface SheetParent extends ServiceObject {
  readonly model: WorkbookModel;
  readonly people: Collaborators;
  getRangeList(a1Notations: string[]): ServiceObject;
}

export class SheetImpl
  extends ServiceObject
  implements
    Like<
      S,
      | 'getName'
      | 'getSheetId'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getFrozenRows'
      | 'getFrozenColumns'
      | 'isSheetHidden'
      | 'getIndex'
      | 'getColumnWidth'
      | 'getSheetValues'
      | 'deleteColumns'
    >
{
  static override writes = [
    'appendRow',
    'insertRowsAfter',
    'insertRowsBefore',
    'insertRowAfter',
    'insertRowBefore',
    'insertColumnsAfter',
    'insertColumnsBefore',
    'deleteRow',
    'deleteRows',
    'deleteColumns',
    'setFrozenRows',
    'setFrozenColumns',
    'protect',
    'setColumnWidth',
    'setColumnWidths',
    'hideSheet',
    'showSheet',
    'setName',
    'clear',
    'clearContents',
    'autoResizeColumns',
    'autoResizeColumn',
    'setTabColor',
  ];
  readonly typeName = 'Sheet';
  readonly service = 'spreadsheet' as const;

  constructor(
    host: ServiceContext,
    readonly parentImpl: SheetParent,
    readonly model: SheetModel,
  ) {
    super(host);
  }

  private _live(): SheetModel {
    if (!this.parentImpl.model.sheets.includes(this.model)) throw new Error('Sheet not found');
    return this.model;
  }

  private _grow(rows: number, cols: number): void {
    this.parentImpl.model.assertRoom(rows * this.model.maxColumns + cols * this.model.maxRows);
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): this {
    const other = this.parentImpl.model.sheet(name);
    if (other && other !== this.model)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.model.sheetId;
  }
  getIndex(): number {
    return this.parentImpl.model.sheets.indexOf(this.model) + 1;
  }
  getParent(): SheetParent {
    return this.parentImpl;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  getLastRow(): number {
    return this._live().lastRow();
  }
  getLastColumn(): number {
    return this._live().lastColumn();
  }

  /** getRange(a1) | getRange(row, column) | getRange(row, column, numRows) | getRange(row, column, numRows, numColumns). */
  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): RangeImpl {
    this._live();
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1);
      const r = resolveA1(ref, this.model.maxRows, this.model.maxColumns);
      return new RangeImpl(this.host, this, r.row, r.col, r.numRows, r.numCols);
    }
    if (column === undefined)
      throw new Error(
        "Exception: The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return new RangeImpl(this.host, this, rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const rows = numRows === -1 ? Math.max(1, this.model.lastRow() - startRow + 1) : numRows;
    const cols =
      numColumns === -1 ? Math.max(1, this.model.lastColumn() - startColumn + 1) : numColumns;
    return new RangeImpl(this.host, this, startRow, startColumn, rows, cols).getValues();
  }
  /** A1 when the sheet is empty, as in Apps Script. */
  getDataRange(): RangeImpl {
    const m = this._live();
    return new RangeImpl(
      this.host,
      this,
      1,
      1,
      Math.max(1, m.lastRow()),
      Math.max(1, m.lastColumn()),
    );
  }
  getRangeList(a1s: string[]): unknown {
    return this.parentImpl.getRangeList(
      a1s.map((a) => (a.includes('!') ? a : `'${this.model.name}'!${a}`)),
    );
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const m = this._live();
    const row = m.lastRow() + 1;
    if (row > m.maxRows) {
      this._grow(1, 0);
      m.maxRows = row;
    }
    if (rowContents.length > m.maxColumns) {
      this._grow(0, rowContents.length - m.maxColumns);
      m.maxColumns = rowContents.length;
    }
    assertEditable(this.host, m, row, 1, 1, rowContents.length);
    new RangeImpl(this.host, this, row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.model.maxRows)
      throw new Error('Those rows are out of bounds.');
    this._grow(howMany, 0);
    this.model.insertRows(afterPosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this.model.maxRows)
      throw new Error('Those rows are out of bounds.');
    this._grow(howMany, 0);
    this.model.insertRows(beforePosition - 1, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.model.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this._grow(0, howMany);
    this.model.insertColumns(afterPosition, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this.model.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this._grow(0, howMany);
    this.model.insertColumns(beforePosition - 1, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.model.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (howMany >= this.model.maxRows)
      throw new Error("You can't delete all the rows on the sheet.");
    assertEditable(this.host, this.model, rowPosition, 1, howMany, this.model.maxColumns);
    this.model.deleteRows(rowPosition, howMany);
  }
  /**
   * Deletes `howMany` columns from `columnPosition` (1-based), shifting the columns right of
   * them left and shrinking the grid, as Sheets does: a position outside the grid, a count
   * past its last column, or deleting every column throws.
   */
  deleteColumns(columnPosition: number, howMany: number): void {
    const m = this._live();
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > m.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (howMany >= m.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    assertEditable(this.host, m, 1, columnPosition, m.maxRows, howMany);
    m.deleteColumns(columnPosition, howMany);
  }
  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.model.maxRows) throw new Error('Those rows are out of bounds.');
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  protect(): ProtectionImpl {
    return ProtectionImpl.create(this.host, this.model, this.parentImpl.people);
  }
  getProtections(type: string): ProtectionImpl[] {
    return this.model.protections
      .filter((p) => (String(type) === 'SHEET' ? !p.range : !!p.range))
      .map((p) => new ProtectionImpl(this.host, this.model, this.parentImpl.people, p));
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(_start: number, _num: number): this {
    return this;
  }
  autoResizeColumn(_column: number): this {
    return this;
  }
  setTabColor(_color: string | null): this {
    return this;
  }
  hideSheet(): this {
    if (this.parentImpl.model.sheets.filter((s) => !s.hidden).length <= 1 && !this.model.hidden)
      throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  clear(): this {
    this.getDataRange().clear();
    return this;
  }
  clearContents(): this {
    assertEditable(this.host, this.model, 1, 1, this.model.maxRows, this.model.maxColumns);
    this.model.clearContents();
    return this;
  }
  activate(): this {
    this.parentImpl.model.activeSheet = this.parentImpl.model.sheets.indexOf(this.model);
    return this;
  }
  createTextFinder(findText: string): TextFinderImpl<RangeImpl> {
    return new TextFinderImpl(
      this.host,
      this.getRange(1, 1, this.model.maxRows, this.model.maxColumns),
      findText,
    );
  }
}
