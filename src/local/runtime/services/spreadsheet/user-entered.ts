/**
 * How Sheets stores a string written by setValue/setValues/appendRow: as if a user had typed
 * it (USER_ENTERED). This is why the add-on must neutralise user text before writing it.
 */
import type { CellValue } from '../../types';
import { zonedParts, zonedToUtc } from '../zoned-time';

/** What parsing depends on: the spreadsheet's time zone and locale, and today's date. */
export interface EntryContext {
  timeZone: string;
  locale: string;
  nowMs: number;
}

export interface Entered {
  value: CellValue;
  /** Set when the text became a formula. */
  formula?: string;
  /** A number format Sheets picks for the parsed text (e.g. '0%' for "12%"). */
  format?: string;
}

/**
 * What getValues returns for a formula cell. The runtime cannot compute formulas, so every
 * formula reads as an error value; tests should assert on getFormulas().
 */
export const FORMULA_PLACEHOLDER = '#NAME?';

const NUMBER = /^([+-]?)(\$?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,4})\/(\d{1,2})(?:\/(\d{1,4}))?$/;

/**
 * Slashed dates as the spreadsheet's locale reads them: en_US month/day[/year], Chinese and
 * Japanese year/month/day, most others day/month[/year]; a missing year is this year.
 */
function slashDate(text: string, ctx: EntryContext): [number, number, number] | undefined {
  const m = SLASH_DATE.exec(text);
  if (!m) return undefined;
  const [a, b, c] = [m[1]!, m[2]!, m[3]].map((x) => (x === undefined ? undefined : Number(x)));
  const thisYear = zonedParts(ctx.nowMs, ctx.timeZone).year;
  const year = (y: number | undefined): number =>
    y === undefined ? thisYear : y < 100 ? 2000 + y : y;
  if (m[1]!.length === 4) return c === undefined ? undefined : [a!, b!, c];
  if (/^(zh|ja|ko)/i.test(ctx.locale)) return c === undefined ? [thisYear, a!, b!] : undefined;
  if (/^en_US$|^en$/i.test(ctx.locale)) return [year(c), a!, b!];
  return [year(c), b!, a!];
}

function validDate(y: number, mo: number, d: number): boolean {
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d;
}

/** Parses typed text. `plainText` is true when the cell's number format is '@'. */
export function userEntered(text: string, ctx: EntryContext, plainText: boolean): Entered {
  const timeZone = ctx.timeZone;
  if (plainText) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return { value: FORMULA_PLACEHOLDER, formula: text };
  const trimmed = text.trim();
  const num = NUMBER.exec(trimmed);
  if (num) {
    const [, sign, dollar, digits, exp, percent] = num;
    let value = Number(digits!.replace(/,/g, '')) * (exp ? 10 ** Number(exp) : 1);
    if (sign === '-') value = -value;
    if (percent) value /= 100;
    const format = percent ? '0%' : dollar ? '"$"#,##0.00' : undefined;
    return format ? { value, format } : { value };
  }
  // Sheets reads "+x" and "-x" as the start of a formula: "-A1" becomes =-A1.
  if (/^[+-]./.test(trimmed)) return { value: FORMULA_PLACEHOLDER, formula: `=${trimmed}` };
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
    const ms = zonedToUtc(timeZone, y!, mo!, d!, h, mi, s);
    if (validDate(y!, mo!, d!))
      return {
        value: new Date(ms),
        format: iso[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd h:mm:ss',
      };
  }
  const slashed = slashDate(trimmed, ctx);
  if (slashed && validDate(...slashed))
    return { value: new Date(zonedToUtc(timeZone, ...slashed)), format: 'M/d/yyyy' };
  return { value: text };
}
