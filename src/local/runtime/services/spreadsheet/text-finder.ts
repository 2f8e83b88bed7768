/** TextFinder: searches the displayed text of a range or sheet, row by row. */
import { ServiceObject, type ServiceContext } from '../service-object';
import { displayValue } from './display';
import type { SheetModel, WorkbookModel } from './model';

/** What a finder searches: a rectangle of one sheet, whose sheet hands back single cells. */
export interface SearchArea<Cell extends ServiceObject> {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
  readonly sheetImpl: {
    readonly model: SheetModel;
    readonly parentImpl: { readonly model: WorkbookModel };
    getRange(row: number, column: number): Cell;
  };
}

export class TextFinderImpl<Cell extends ServiceObject> extends ServiceObject {
  readonly typeName = 'TextFinder';
  readonly service = 'spreadsheet' as const;
  private entire = false;
  private caseSensitive = false;
  private regex = false;
  private formulas = false;
  private position = -1;

  constructor(
    host: ServiceContext,
    private readonly range: SearchArea<Cell>,
    private readonly text: string,
  ) {
    super(host);
  }

  private _matches(): [number, number][] {
    const { row, col, numRows, numCols } = this.range;
    const m = this.range.sheetImpl.model;
    const tz = this.range.sheetImpl.parentImpl.model.timeZone;
    const flags = this.caseSensitive ? '' : 'i';
    const source = this.regex ? this.text : this.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(this.entire ? `^(?:${source})$` : source, flags);
    const out: [number, number][] = [];
    const lastRow = Math.min(row + numRows - 1, m.lastRow());
    for (let r = row; r <= lastRow; r++)
      for (let c = col; c < col + numCols; c++) {
        const text =
          this.formulas && m.formula(r, c)
            ? m.formula(r, c)
            : displayValue(m.get(r, c), m.format(r, c), tz);
        if (text !== '' && re.test(text)) out.push([r, c]);
      }
    return out;
  }

  private _cell([r, c]: [number, number]): Cell {
    return this.range.sheetImpl.getRange(r, c);
  }

  matchEntireCell(entire: boolean): this {
    this.entire = !!entire;
    return this;
  }
  matchCase(matchCase: boolean): this {
    this.caseSensitive = !!matchCase;
    return this;
  }
  useRegularExpression(use: boolean): this {
    this.regex = !!use;
    return this;
  }
  matchFormulaText(match: boolean): this {
    this.formulas = !!match;
    return this;
  }
  findAll(): Cell[] {
    return this._matches().map((m) => this._cell(m));
  }
  findNext(): Cell | null {
    const all = this._matches();
    this.position++;
    const hit = all[this.position];
    return hit ? this._cell(hit) : null;
  }
  findPrevious(): Cell | null {
    const all = this._matches();
    this.position = Math.max(-1, this.position - 1);
    const hit = all[this.position];
    return hit ? this._cell(hit) : null;
  }
}
