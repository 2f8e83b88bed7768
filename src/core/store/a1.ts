/** The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 notation of one cell from a 0-based column and a 1-based row: (2, 17) → C17. */
export function cellA1(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Quotes a sheet name for A1 notation when needed: Customers → Customers, My data → 'My data'. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
