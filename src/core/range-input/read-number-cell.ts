/**
 * What a spreadsheet cell holds when a number is expected. Sheets passes numbers as numbers,
 * blanks as '', dates as Date and checkboxes as booleans.
 *
 * Text is never read as a number, even "1,204,000" or "$1,200": Sheets' own SUM ignores such
 * cells, and separators differ by locale ("1.204" is 1204 in Germany), so guessing would
 * silently change totals. The problem text says how to fix it instead.
 */
export type NumberCell =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly problem: string };

const BLANK: NumberCell = { kind: 'blank' };

/** Digits with optional sign, separators, decimal mark, currency or percent sign. */
const LOOKS_NUMERIC = /^[\s+\-−(]*[$€£¥₩₹]?\s*[\d][\d\s,.'’ ]*[%)]?\s*(?:[A-Za-z]{3})?$/;

/** Quotes a cell's text for a message, shortened so a long note stays readable. */
export function quoteCellText(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${short.replace(/"/g, '""')}"`;
}

/** True for a date cell; not `instanceof`, so that a Date from another realm (a vm context) is one too. */
export function isDateCell(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

function isoDay(date: Date): string {
  const time = date.getTime();
  return Number.isNaN(time) ? 'an invalid date' : new Date(time).toISOString().slice(0, 10);
}

/** True for '' and text of spaces only: a cell that looks empty is not a customer. */
export function isBlankCell(cell: unknown): boolean {
  return (
    cell === '' ||
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && cell.trim() === '')
  );
}

/**
 * Reads one cell where a number is expected: a finite number, a blank ('' or spaces), or
 * a problem such as `"twelve", not a number` to put after "the 17th value of values is".
 */
export function readNumberCell(cell: unknown): NumberCell {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { kind: 'number', value: cell }
      : { kind: 'invalid', problem: `${String(cell)}, not a finite number` };
  }
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell === 'string') {
    return {
      kind: 'invalid',
      problem: LOOKS_NUMERIC.test(cell)
        ? `${quoteCellText(cell)}, a number stored as text; type it as a number or convert it with VALUE()`
        : `${quoteCellText(cell)}, not a number`,
    };
  }
  if (typeof cell === 'boolean') {
    return {
      kind: 'invalid',
      problem: `${cell ? 'TRUE' : 'FALSE'} (a checkbox or logical value), not a number`,
    };
  }
  if (isDateCell(cell))
    return { kind: 'invalid', problem: `a date (${isoDay(cell)}), not a number` };
  return { kind: 'invalid', problem: `a ${typeof cell}, not a number` };
}
