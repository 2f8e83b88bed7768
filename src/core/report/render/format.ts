/**
 * Shares and dates as the digest prints them, per language. Numbers come from the product's
 * one number style (src/core/i18n/number.ts); no Intl: Apps Script does not promise its
 * locale data.
 */
import { fillTemplate, formatPercent, type Locale } from '../../i18n';
import type { DigestModel } from '../digest-model';
import { LABELS, type LabelKey } from './labels';

/** A label in one language with its `{placeholders}` filled. */
export type Say = (key: LabelKey, values?: Readonly<Record<string, string | number>>) => string;

/** The label lookup for one language. */
export function sayer(locale: Locale): Say {
  return (key, values = {}) => fillTemplate(LABELS[key][locale], values);
}

/** A fraction as a percentage with one decimal: 0.678 → "67.8%", 0.2 → "20.0%". */
export function percent(fraction: number): string {
  return formatPercent(fraction);
}

const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const MONTHS_LONG_EN =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** A `yyyy-MM-dd` day: "30 Nov 2026" / "2026年11月30日". Anything else is shown as given. */
export function formatDay(day: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const [, y, mo, d] = m;
  return locale === 'zh'
    ? `${y}年${Number(mo)}月${Number(d)}日`
    : `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}`;
}

/** A month from a `yyyy-MM…` day: "November 2026" / "2026年11月". */
function formatMonth(day: string, locale: Locale): string {
  const y = day.slice(0, 4);
  const mo = Number(day.slice(5, 7));
  return locale === 'zh' ? `${y}年${mo}月` : `${MONTHS_LONG_EN[mo - 1] ?? mo} ${y}`;
}

/** The period a digest covers: "30 Nov 2026", "week of 30 Nov 2026", "November 2026". */
export function periodLabel(period: DigestModel['period'], locale: Locale): string {
  const say = sayer(locale);
  if (period.frequency === 'monthly') {
    return say('monthly', { month: formatMonth(period.start, locale) });
  }
  return say(period.frequency, { day: formatDay(period.start, locale) });
}
