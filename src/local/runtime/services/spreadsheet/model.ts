/** The in-memory spreadsheet: sheets of cells plus the metadata Sheets keeps about them. */
import type { CellValue, SheetData, WorkbookData } from '../../types';

/** Sheets' limit on cells per spreadsheet. */
export const MAX_CELLS = 10_000_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export type Stored = CellValue | '';

export interface ValidationRule {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText?: string;
}

export interface ProtectionModel {
  /** Undefined for a whole-sheet protection. */
  range?: { row: number; col: number; numRows: number; numCols: number };
  description: string;
  warningOnly: boolean;
  editors: Set<string>;
}

const key = (r: number, c: number): string => `${r},${c}`;

/** One sheet. Rows and columns are 1-based in every method. */
export class SheetModel {
  private cells: Stored[][] = [];
  private formulaCells: (string | undefined)[][] = [];
  readonly formats = new Map<string, string>();
  readonly validations = new Map<string, ValidationRule>();
  readonly notes = new Map<string, string>();
  readonly backgrounds = new Map<string, string>();
  readonly fontWeights = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  readonly protections: ProtectionModel[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;

  constructor(
    public name: string,
    readonly sheetId: number,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  get(r: number, c: number): Stored {
    return this.cells[r - 1]?.[c - 1] ?? '';
  }

  formula(r: number, c: number): string {
    return this.formulaCells[r - 1]?.[c - 1] ?? '';
  }

  set(r: number, c: number, value: Stored, formula?: string): void {
    (this.cells[r - 1] ??= [])[c - 1] = value;
    const row = this.formulaCells[r - 1];
    if (formula) (this.formulaCells[r - 1] ??= [])[c - 1] = formula;
    else if (row && row[c - 1] !== undefined) row[c - 1] = undefined;
  }

  format(r: number, c: number): string | undefined {
    return this.formats.get(key(r, c));
  }

  meta<T>(map: Map<string, T>, r: number, c: number): T | undefined {
    return map.get(key(r, c));
  }

  setMeta<T>(map: Map<string, T>, r: number, c: number, value: T | undefined | null): void {
    if (value === undefined || value === null || value === '') map.delete(key(r, c));
    else map.set(key(r, c), value);
  }

  /** The last row holding a value or formula; 0 when empty. */
  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) if (this.rowHasContent(r)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (let r = 1; r <= this.cells.length; r++) {
      const row = this.cells[r - 1];
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (row[c - 1] !== '' && row[c - 1] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  private rowHasContent(r: number): boolean {
    const row = this.cells[r - 1];
    if (!row) return false;
    for (let c = 0; c < row.length; c++) if (row[c] !== '' && row[c] !== undefined) return true;
    return false;
  }

  /** Inserts blank rows after `after` (0 = at the top), shifting content down. */
  insertRows(after: number, count: number): void {
    // Not splice(...): a spread of thousands of arguments overflows the stack.
    const shift = <T>(rows: T[]): T[] =>
      rows.length > after
        ? [...rows.slice(0, after), ...new Array<T>(count), ...rows.slice(after)]
        : rows;
    this.cells = shift(this.cells);
    this.formulaCells = shift(this.formulaCells);
    this.maxRows += count;
  }

  insertColumns(after: number, count: number): void {
    const shift = <T>(row: T[] | undefined): T[] | undefined =>
      row && row.length > after
        ? [...row.slice(0, after), ...new Array<T>(count), ...row.slice(after)]
        : row;
    this.cells = this.cells.map((r) => shift(r)!);
    this.formulaCells = this.formulaCells.map((r) => shift(r)!);
    this.maxColumns += count;
  }

  deleteRows(first: number, count: number): void {
    this.cells.splice(first - 1, count);
    this.formulaCells.splice(first - 1, count);
    this.maxRows -= count;
  }

  /** Deletes columns `first`…`first + count - 1`; cells and their metadata right of them move left. */
  deleteColumns(first: number, count: number): void {
    for (const rows of [this.cells, this.formulaCells])
      for (const row of rows) row?.splice(first - 1, count);
    for (const map of [
      this.formats,
      this.validations,
      this.notes,
      this.backgrounds,
      this.fontWeights,
    ] as Map<string, unknown>[]) {
      const moved = [...map].flatMap(([k, v]): [string, unknown][] => {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (c < first) return [[k, v]];
        return c < first + count ? [] : [[key(r, c - count), v]];
      });
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    }
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths)
      if (c < first) this.columnWidths.set(c, w);
      else if (c >= first + count) this.columnWidths.set(c - count, w);
    this.maxColumns -= count;
  }

  clearContents(): void {
    this.cells = [];
    this.formulaCells = [];
  }

  toData(): SheetData {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const values: CellValue[][] = [];
    const formulas: string[][] = [];
    let anyFormula = false;
    for (let r = 1; r <= rows; r++) {
      const vr: CellValue[] = [];
      const fr: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const v = this.get(r, c);
        vr.push(v instanceof Date ? new Date(v.getTime()) : v);
        const f = this.formula(r, c);
        if (f) anyFormula = true;
        fr.push(f);
      }
      values.push(vr);
      formulas.push(fr);
    }
    const data: SheetData = { name: this.name, values };
    if (anyFormula) data.formulas = formulas;
    if (this.frozenRows) data.frozenRows = this.frozenRows;
    if (this.formats.size) {
      data.numberFormats = values.map((row, r) =>
        row.map((_, c) => this.format(r + 1, c + 1) ?? ''),
      );
    }
    return data;
  }
}

/** The spreadsheet. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  private nextSheetId = 0;
  activeSheet = 0;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** Throws Sheets' message when growing by `extra` cells would pass 10 million. */
  assertRoom(extra: number): void {
    if (this.cellCount() + extra > MAX_CELLS)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS.toLocaleString('en-US')} cells.`,
      );
  }

  addSheet(
    name: string,
    index = this.sheets.length,
    rows = DEFAULT_ROWS,
    cols = DEFAULT_COLUMNS,
  ): SheetModel {
    if (this.sheet(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.assertRoom(rows * cols);
    const sheet = new SheetModel(name, this.nextSheetId === 0 ? 0 : this.nextSheetId, rows, cols);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Loads plain data; values are stored exactly as given (no USER_ENTERED parsing). */
  static fromData(data: WorkbookData | undefined, id: string): WorkbookModel {
    const wb = new WorkbookModel(
      id,
      data?.name ?? 'Untitled spreadsheet',
      data?.timeZone ?? 'Etc/UTC',
      data?.locale ?? 'en_US',
    );
    const sheets = data?.sheets?.length ? data.sheets : [{ name: 'Sheet1', values: [] }];
    for (const s of sheets) {
      const width = Math.max(0, ...s.values.map((r) => r.length));
      const sheet = wb.addSheet(
        s.name,
        undefined,
        Math.max(DEFAULT_ROWS, s.values.length),
        Math.max(DEFAULT_COLUMNS, width),
      );
      sheet.frozenRows = s.frozenRows ?? 0;
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const f = s.formulas?.[r]?.[c];
          sheet.set(r + 1, c + 1, v instanceof Date ? new Date(v.getTime()) : v, f || undefined);
          const nf = s.numberFormats?.[r]?.[c];
          if (nf) sheet.formats.set(key(r + 1, c + 1), nf);
        }),
      );
    }
    return wb;
  }

  toData(): WorkbookData {
    return {
      name: this.name,
      timeZone: this.timeZone,
      locale: this.locale,
      sheets: this.sheets.map((s) => s.toData()),
    };
  }
}

export { key as cellKey };
