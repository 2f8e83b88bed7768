/**
 * getDisplayValues: an approximation of how Sheets renders a value with its number format.
 * Covers plain text '@', fixed decimals ('0.00'), grouping ('#,##0'), percent, currency and
 * date/time patterns; anything else falls back to Sheets' "Automatic" style.
 */
import { zonedParts } from '../zoned-time';
import type { Stored } from './model';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function formatNumber(n: number, format: string): string {
  const percent = format.includes('%');
  const value = percent ? n * 100 : n;
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const grouped = format.includes('#,##0') || format.includes('#,###');
  const text = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  const currency = /"([^"]+)"/.exec(format)?.[1] ?? (format.includes('$') ? '$' : '');
  return `${value < 0 ? '-' : ''}${currency}${text}${percent ? '%' : ''}`;
}

function formatDate(d: Date, format: string, timeZone: string): string {
  const p = zonedParts(d.getTime(), timeZone);
  // Sheets' date formats: yyyy, mm (month, or minutes after h), dd, h/hh, ss, am/pm.
  return format.replace(
    /yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|am\/pm/gi,
    (token, offset: number) => {
      const t = token.toLowerCase();
      const afterHour = /h[^a-z]*$/i.test(format.slice(0, offset));
      switch (t) {
        case 'yyyy':
          return String(p.year);
        case 'yy':
          return pad(p.year % 100);
        case 'mmmm':
          return d.toLocaleString('en-US', { month: 'long', timeZone });
        case 'mmm':
          return d.toLocaleString('en-US', { month: 'short', timeZone });
        case 'mm':
          return afterHour ? pad(p.minute) : pad(p.month);
        case 'm':
          return afterHour ? String(p.minute) : String(p.month);
        case 'dd':
          return pad(p.day);
        case 'd':
          return String(p.day);
        case 'hh':
          return pad(p.hour);
        case 'h':
          return String(p.hour);
        case 'ss':
          return pad(p.second);
        case 's':
          return String(p.second);
        default:
          return p.hour < 12 ? 'AM' : 'PM';
      }
    },
  );
}

/** The text Sheets would show for a stored value. */
export function displayValue(value: Stored, format: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    if (format && /[yd]/i.test(format)) return formatDate(value, format, timeZone);
    const p = zonedParts(value.getTime(), timeZone);
    const date = `${p.month}/${p.day}/${p.year}`;
    return p.hour || p.minute || p.second
      ? `${date} ${p.hour}:${pad(p.minute)}:${pad(p.second)}`
      : date;
  }
  if (format && format !== 'General' && format !== '@' && /[0#]/.test(format))
    return formatNumber(value, format);
  return String(Number.isInteger(value) ? value : Number(value.toPrecision(10)));
}
