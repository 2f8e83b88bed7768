/** A1 notation: column letters, cell and range references, as Sheets writes them. */

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'A' → 1, 'AA' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A1' for one cell, 'A1:B2' otherwise. */
export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** A parsed reference; open ends (B2:B, 2:2, A:A) are undefined and filled from the grid. */
export interface A1Ref {
  sheet?: string;
  row?: number;
  col?: number;
  endRow?: number;
  endCol?: number;
}

const PART = /^([A-Za-z]*)(\d*)$/;

/** Parses "A1", "B2:D9", "B2:B", "2:2", "A:C", "Sheet1!A1", "'My Sheet'!A1:B2". */
export function parseA1(text: string): A1Ref {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(':');
  const start = a === undefined ? null : PART.exec(a);
  const end = b === undefined ? start : PART.exec(b);
  if (extra !== undefined || !start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2]))
    throw new Error(`Range not found`);
  const num = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);
  const col = (s: string | undefined): number | undefined => (s ? columnNumber(s) : undefined);
  const ref: A1Ref = {
    row: num(start[2]),
    col: col(start[1]),
    endRow: num(end[2]),
    endCol: col(end[1]),
  };
  if (sheet !== undefined) ref.sheet = sheet;
  if (ref.row === 0 || ref.endRow === 0) throw new Error('Range not found');
  return ref;
}

/** Resolves open ends against a grid: 1-based row, col and sizes. */
export function resolveA1(
  ref: A1Ref,
  maxRows: number,
  maxCols: number,
): { row: number; col: number; numRows: number; numCols: number } {
  const r1 = ref.row ?? 1;
  const c1 = ref.col ?? 1;
  const r2 = ref.endRow ?? (ref.row !== undefined && ref.col === undefined ? r1 : maxRows);
  const c2 = ref.endCol ?? (ref.col !== undefined && ref.row === undefined ? c1 : maxCols);
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
