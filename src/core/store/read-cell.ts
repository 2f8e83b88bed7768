/**
 * Reads one cell of a known column into a typed value, or says what is wrong with it in the
 * words a person can act on, naming the cell: `Customers!C17: expected a number, got "twelve"`.
 */
import * as z from 'zod/mini';
import { dayInZone, isIsoDay } from '../calendar';
import type { Locale } from '../i18n';
import { decodeChoice, dropdownValues } from './choices';
import { storeMessage, type StoreMessageKey } from './messages';
import type { ColumnSpec } from './schema';

/** A typed cell value: text, a number (null when blank), a day, an instant, emails or a code. */
export type CellRead = string | number | null | readonly string[];

/** A cell that does not hold what its column expects. */
export interface CellProblem {
  readonly expected: StoreMessageKey;
  readonly values?: Readonly<Record<string, string>>;
}

export type CellResult =
  | { readonly ok: true; readonly value: CellRead }
  | { readonly ok: false; readonly problem: CellProblem };

function isDate(cell: unknown): cell is Date {
  // Not `instanceof`: a Date built in another realm (a vm context) is still a date.
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/** True for '' and text of spaces only. */
export function isBlank(cell: unknown): boolean {
  return (
    cell === '' ||
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && cell.trim() === '')
  );
}

const finite = z.number().check(z.refine((n) => Number.isFinite(n)));
const score = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 5));
const fraction = z.number().check(z.refine((n) => n >= 0 && n <= 1));
const email = z.string().check(z.regex(/^[^\s@,;]+@[^\s@,;]+$/));

const ok = (value: CellRead): CellResult => ({ ok: true, value });
const bad = (expected: StoreMessageKey, values?: Record<string, string>): CellResult => ({
  ok: false,
  problem: { expected, ...(values ? { values } : {}) },
});

/** Text of a cell that should hold text: numbers and dates typed into it are kept as typed. */
function asText(cell: unknown, timeZone: string): string {
  if (isDate(cell)) return dayInZone(cell, timeZone);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/**
 * Reads a cell of `column`. Blank cells read as '' (text, day, code), null (numbers) or []
 * (emails). Text is never guessed into a number: Sheets' own SUM ignores it too. A fixed-list
 * cell reads as its code, from the code or either language's label (see choices.ts); a cell
 * naming none is a problem listing what the column's dropdown offers in `locale`.
 */
export function readCell(
  column: ColumnSpec,
  cell: unknown,
  timeZone: string,
  locale: Locale = 'en',
): CellResult {
  const blank = isBlank(cell);
  switch (column.type) {
    case 'text':
      return ok(blank ? '' : asText(cell, timeZone));
    case 'number':
      if (blank) return ok(null);
      return finite.safeParse(cell).success ? ok(cell as number) : bad('expectedNumber');
    case 'score':
      if (blank) return ok(null);
      return score.safeParse(cell).success ? ok(cell as number) : bad('expectedScore');
    case 'percent':
      if (blank) return ok(null);
      return fraction.safeParse(cell).success ? ok(cell as number) : bad('expectedPercent');
    case 'date':
      if (blank) return ok('');
      if (isDate(cell) && !Number.isNaN(cell.getTime())) return ok(dayInZone(cell, timeZone));
      if (typeof cell === 'string' && isIsoDay(cell.trim())) return ok(cell.trim());
      return bad('expectedDate');
    case 'datetime':
      if (blank) return ok('');
      if (isDate(cell) && !Number.isNaN(cell.getTime())) return ok(cell.toISOString());
      if (typeof cell === 'string' && !Number.isNaN(Date.parse(cell)))
        return ok(new Date(Date.parse(cell)).toISOString());
      return bad('expectedDateTime');
    case 'emails': {
      if (blank) return ok([]);
      if (typeof cell !== 'string') return bad('expectedEmails');
      const list = cell
        .split(/[,;\n]+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      return list.every((s) => email.safeParse(s).success) ? ok(list) : bad('expectedEmails');
    }
    case 'choice': {
      if (blank) return ok('');
      const code = decodeChoice(column, asText(cell, timeZone));
      return code !== undefined
        ? ok(code)
        : bad('expectedChoice', { choices: dropdownValues(column, locale).join(', ') });
    }
  }
}

/** A cell's content as a message shows it: text in quotes, numbers and dates plain. */
export function describeCell(cell: unknown, locale: Locale): string {
  if (isBlank(cell)) return storeMessage(locale, 'blank');
  if (typeof cell === 'string') {
    const short = cell.length > 40 ? `${cell.slice(0, 37)}...` : cell;
    return `"${short.replace(/"/g, '""')}"`;
  }
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? 'an invalid date' : cell.toISOString();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** `Customers!C17: expected a number, got "twelve"`, in the user's language. */
export function cellProblemMessage(
  a1: string,
  problem: CellProblem,
  cell: unknown,
  locale: Locale,
): string {
  return cellErrorMessage(
    a1,
    storeMessage(locale, problem.expected, problem.values ?? {}),
    cell,
    locale,
  );
}

/** `{a1}: {expected}, got {cell}` with `expected` already in the user's language. */
export function cellErrorMessage(
  a1: string,
  expected: string,
  cell: unknown,
  locale: Locale,
): string {
  return storeMessage(locale, 'cellError', { cell: a1, expected, got: describeCell(cell, locale) });
}
