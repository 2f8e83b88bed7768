/** The host's uncounted view of the spreadsheet (for tests, loaders and the preview). */
import { a1Of } from '../services/spreadsheet/a1-notation';
import { WorkbookModel, type SheetModel } from '../services/spreadsheet/model';
import type { CellValue, HostWorkbook, SheetMeta } from '../types';

function parseKey(k: string): [number, number] {
  const [r, c] = k.split(',').map(Number);
  return [r!, c!];
}

function byCell<T, U>(
  map: Map<string, T>,
  f: (v: T) => U = (v) => v as unknown as U,
): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [k, v] of map) {
    const [r, c] = parseKey(k);
    out[a1Of(r, c)] = f(v);
  }
  return out;
}

export function hostWorkbook(model: WorkbookModel): HostWorkbook {
  const sheet = (name: string): SheetModel => {
    const s = model.sheet(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  };
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    values: (name) => sheet(name).toData().values,
    formulas: (name) => {
      const d = sheet(name).toData();
      return d.formulas ?? d.values.map((r) => r.map(() => ''));
    },
    setValues: (name, values: CellValue[][]) => {
      const s = model.sheet(name) ?? model.addSheet(name);
      s.clearContents();
      const width = values.reduce((w, r) => Math.max(w, r.length), 0);
      s.maxRows = Math.max(s.maxRows, values.length);
      s.maxColumns = Math.max(s.maxColumns, width);
      values.forEach((row, r) =>
        row.forEach((v, c) => s.set(r + 1, c + 1, v instanceof Date ? new Date(v.getTime()) : v)),
      );
    },
    sheetMeta: (name): SheetMeta => {
      const s = sheet(name);
      return {
        name: s.name,
        sheetId: s.sheetId,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        hidden: s.hidden,
        validations: byCell(s.validations, (v) => structuredClone(v)),
        protections: s.protections.map((p) => {
          const out: SheetMeta['protections'][number] = {
            description: p.description,
            warningOnly: p.warningOnly,
            editors: [...p.editors],
          };
          if (p.range) out.range = a1Of(p.range.row, p.range.col, p.range.numRows, p.range.numCols);
          return out;
        }),
        numberFormats: byCell(s.formats),
        notes: byCell(s.notes),
        backgrounds: byCell(s.backgrounds),
        fontWeights: byCell(s.fontWeights),
        columnWidths: Object.fromEntries(s.columnWidths),
      };
    },
    toData: () => model.toData(),
  };
}
