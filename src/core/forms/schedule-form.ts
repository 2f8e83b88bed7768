/**
 * The Schedule report form's one rule set, and the words it speaks. The dialog checks a form
 * as it is typed with exactly the rules the server applies (the server stays authoritative
 * and answers `invalid` with the same messages). Plain checks, no schema library, so the
 * dialog stays small.
 */
import type { InputCheck } from '../api/endpoint';
import {
  fillTemplate,
  formatNumber,
  LOCALES,
  localize,
  type Locale,
  type LocalizedText,
} from '../i18n';
import {
  MAX_RECIPIENTS,
  REPORT_FREQUENCIES,
  WEEKDAYS,
  type ReportFrequency,
  type ReportSchedule,
  type Weekday,
} from '../report/schedule';

/** Days of the week as the dialog and messages name them. */
export const WEEKDAY_LABELS: Readonly<Record<Weekday, LocalizedText>> = {
  MONDAY: { en: 'Monday', zh: '星期一' },
  TUESDAY: { en: 'Tuesday', zh: '星期二' },
  WEDNESDAY: { en: 'Wednesday', zh: '星期三' },
  THURSDAY: { en: 'Thursday', zh: '星期四' },
  FRIDAY: { en: 'Friday', zh: '星期五' },
  SATURDAY: { en: 'Saturday', zh: '星期六' },
  SUNDAY: { en: 'Sunday', zh: '星期日' },
};

/** When each frequency runs, in words. */
const WHEN: Readonly<Record<ReportFrequency, LocalizedText>> = {
  daily: { en: 'every day at {hour} ({zone})', zh: '每天 {hour}（{zone}）' },
  weekly: { en: 'every {weekday} at {hour} ({zone})', zh: '每{weekday} {hour}（{zone}）' },
  monthly: {
    en: 'on day {day} of every month at {hour} ({zone})',
    zh: '每月 {day} 日 {hour}（{zone}）',
  },
};

/** What the dialog sends to scheduleSave. Recipients as typed, or already split. */
export interface ScheduleInput {
  readonly frequency: string;
  readonly weekday?: string;
  readonly monthDay?: number | string;
  readonly hour: number | string;
  /** One per line or comma-separated (or a list). */
  readonly recipients: string | readonly string[];
  readonly language: string;
  /** Save even though another user owns the schedule: the caller becomes its owner. */
  readonly takeOver?: boolean;
}

/** A checked input: what a saved schedule is made from. */
export type ValidScheduleInput = Pick<
  ReportSchedule,
  'frequency' | 'weekday' | 'monthDay' | 'hour' | 'recipients' | 'language'
> & { readonly takeOver: boolean };

export type ScheduleField =
  'frequency' | 'weekday' | 'monthDay' | 'hour' | 'recipients' | 'language';

/** Messages of the schedule, in English and Simplified Chinese. */
export const SCHEDULE_MESSAGES = {
  fixFields: { en: 'Please correct the marked fields.', zh: '请更正标出的字段。' },
  frequency: { en: 'Choose daily, weekly or monthly.', zh: '请选择每天、每周或每月。' },
  weekday: { en: 'Choose a day of the week.', zh: '请选择星期几。' },
  monthDay: {
    en: 'Choose a day of the month from 1 to 28.',
    zh: '请选择每月 1 至 28 日中的一天。',
  },
  hour: { en: 'Choose an hour from 0 to 23.', zh: '请选择 0 至 23 之间的整点。' },
  language: { en: 'Choose English or 中文.', zh: '请选择 English 或中文。' },
  noRecipients: { en: 'Add at least one recipient.', zh: '请至少添加一位收件人。' },
  recipientsTooLong: {
    en: 'The recipients are {length} characters long; at most {max} are accepted.',
    zh: '收件人内容长 {length} 个字符，最多接受 {max} 个。',
  },
  recipientsNotText: {
    en: 'Recipients must be email addresses as text; item {item} is not text.',
    zh: '收件人必须是文本形式的邮箱地址；第 {item} 项不是文本。',
  },
  recipientsNotList: {
    en: 'Recipients must be email addresses as text, one per line or separated by commas.',
    zh: '收件人必须是文本形式的邮箱地址，每行一个或以逗号分隔。',
  },
  tooManyRecipients: {
    en: 'At most {max} recipients; there are {count}.',
    zh: '收件人最多 {max} 位，当前有 {count} 位。',
  },
  notEmail: {
    en: 'Not an email address: {list}.',
    zh: '不是有效的邮箱地址：{list}。',
  },
  cannotOpen: {
    en: 'This spreadsheet is not shared with these people by name: {list}. Share it with each of them (access through a group, your domain or a link cannot be checked), or remove them.',
    zh: '此表格未按姓名与以下人员共享：{list}。请逐一与他们共享（通过群组、网域或链接获得的访问权限无法核实），或将其移除。',
  },
  ownedByOther: {
    en: '{owner} runs this report; take it over?',
    zh: '此报告由 {owner} 负责运行；要接管吗？',
  },
  invalidRequest: { en: 'The request is not valid.', zh: '请求无效。' },
} as const satisfies Record<string, LocalizedText>;

export type ScheduleMessageKey = keyof typeof SCHEDULE_MESSAGES;

/** A message in `locale` with its placeholders filled. */
export function scheduleMessage(
  key: ScheduleMessageKey,
  locale: Locale,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillTemplate(localize(SCHEDULE_MESSAGES[key], locale), values);
}

/** Addresses as typed: split on commas, semicolons and line breaks; trimmed, lower case, once each. */
export function splitRecipients(input: string | readonly string[]): string[] {
  const parts =
    typeof input === 'string'
      ? input.split(/[,;\n\r]+/)
      : input.flatMap((s) => s.split(/[,;\n\r]+/));
  const seen = new Set<string>();
  for (const part of parts) {
    const address = part.trim().toLowerCase();
    if (address !== '') seen.add(address);
  }
  return [...seen];
}

/** A plausible address: one @, no spaces, a dot in the domain. Google checks the rest. */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(text);
}

/** Longest recipients text accepted (50 long addresses with separators). */
const MAX_RECIPIENTS_TEXT = 20_000;
/** Most items in a recipients list (an item may hold several addresses, repeats count once). */
const MAX_RECIPIENT_ITEMS = 1000;

function wholeIn(value: unknown, min: number, max: number): number | null {
  const n =
    typeof value === 'string' && value.trim() !== '' && value.length <= 10 ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

/** Shows at most a few addresses in a message, then "…". */
function listOf(items: readonly string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(', ')}, …` : items.join(', ');
}

/**
 * The recipients as typed, split and checked: the addresses, or what is wrong with them. Too
 * much text or too many items is said as such before anything is split.
 */
function checkRecipients(given: unknown, locale: Locale): string[] | string {
  let typed: string | string[];
  if (typeof given === 'string') {
    if (given.length > MAX_RECIPIENTS_TEXT)
      return scheduleMessage('recipientsTooLong', locale, {
        length: formatNumber(given.length),
        max: formatNumber(MAX_RECIPIENTS_TEXT),
      });
    typed = given;
  } else if (Array.isArray(given)) {
    if (given.length > MAX_RECIPIENT_ITEMS)
      return scheduleMessage('tooManyRecipients', locale, {
        max: MAX_RECIPIENTS,
        count: formatNumber(given.length),
      });
    const notText = given.findIndex((s) => typeof s !== 'string');
    if (notText >= 0) return scheduleMessage('recipientsNotText', locale, { item: notText + 1 });
    const length = given.reduce((sum: number, s: string) => sum + s.length + 1, 0);
    if (length > MAX_RECIPIENTS_TEXT)
      return scheduleMessage('recipientsTooLong', locale, {
        length: formatNumber(length),
        max: formatNumber(MAX_RECIPIENTS_TEXT),
      });
    typed = given as string[];
  } else if (given === undefined || given === null || given === '') {
    return scheduleMessage('noRecipients', locale);
  } else {
    return scheduleMessage('recipientsNotList', locale);
  }
  const recipients = splitRecipients(typed);
  const bad = recipients.filter((r) => !isEmailAddress(r));
  if (recipients.length === 0) return scheduleMessage('noRecipients', locale);
  if (bad.length > 0) return scheduleMessage('notEmail', locale, { list: listOf(bad) });
  if (recipients.length > MAX_RECIPIENTS)
    return scheduleMessage('tooManyRecipients', locale, {
      max: MAX_RECIPIENTS,
      count: recipients.length,
    });
  return recipients;
}

/** The verdict on a schedule form; refusals name each field at fault. */
export type ScheduleCheck = InputCheck<ValidScheduleInput>;

/**
 * Checks a schedule form: each problem is reported against its field. The weekday is needed
 * only by a weekly report and the day of the month only by a monthly one; the others keep a
 * default so that switching the frequency later has something to show.
 */
export function checkScheduleInput(input: unknown, locale: Locale): ScheduleCheck {
  const fields: Record<string, string> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, message: scheduleMessage('invalidRequest', locale), fields };
  const raw = input as Record<string, unknown>;
  const frequency = oneOf(REPORT_FREQUENCIES, raw.frequency);
  if (!frequency) fields.frequency = scheduleMessage('frequency', locale);
  const weekday =
    raw.weekday === undefined || raw.weekday === '' ? null : oneOf(WEEKDAYS, raw.weekday);
  if (frequency === 'weekly' && !weekday) fields.weekday = scheduleMessage('weekday', locale);
  if (raw.weekday !== undefined && raw.weekday !== '' && !weekday)
    fields.weekday = scheduleMessage('weekday', locale);
  const monthDay =
    raw.monthDay === undefined || raw.monthDay === '' ? null : wholeIn(raw.monthDay, 1, 28);
  if (
    (frequency === 'monthly' && monthDay === null) ||
    (raw.monthDay !== undefined && raw.monthDay !== '' && monthDay === null)
  )
    fields.monthDay = scheduleMessage('monthDay', locale);
  const hour = wholeIn(raw.hour, 0, 23);
  if (hour === null) fields.hour = scheduleMessage('hour', locale);
  const language = oneOf(LOCALES, raw.language);
  if (!language) fields.language = scheduleMessage('language', locale);

  const checked = checkRecipients(raw.recipients, locale);
  if (typeof checked === 'string') fields.recipients = checked;
  const recipients = typeof checked === 'string' ? [] : checked;
  if (raw.takeOver !== undefined && typeof raw.takeOver !== 'boolean')
    return { ok: false, message: scheduleMessage('invalidRequest', locale), fields };

  if (Object.keys(fields).length > 0 || !frequency || hour === null || !language) {
    const only = Object.values(fields);
    return {
      ok: false,
      message: only.length === 1 ? only[0]! : scheduleMessage('fixFields', locale),
      fields,
    };
  }
  return {
    ok: true,
    value: {
      frequency,
      weekday: weekday ?? 'MONDAY',
      monthDay: monthDay ?? 1,
      hour,
      recipients,
      language,
      takeOver: raw.takeOver === true,
    },
  };
}

/** Addresses among `recipients` that are not in `canOpen` (both lower case). */
export function recipientsWhoCannotOpen(
  recipients: readonly string[],
  canOpen: readonly string[],
): string[] {
  const allowed = new Set(canOpen);
  return recipients.filter((r) => !allowed.has(r));
}

/** The message refusing recipients who cannot open the spreadsheet, naming them. */
export function cannotOpenMessage(who: readonly string[], locale: Locale): string {
  return scheduleMessage('cannotOpen', locale, { list: listOf(who) });
}

/** `8` → `08:00`. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** When a schedule runs, in words: "every Monday at 08:00 (Asia/Shanghai)". */
export function describeSchedule(
  schedule: Pick<ReportSchedule, 'frequency' | 'weekday' | 'monthDay' | 'hour'>,
  timeZone: string,
  locale: Locale,
): string {
  return fillTemplate(localize(WHEN[schedule.frequency], locale), {
    hour: hourLabel(schedule.hour),
    zone: timeZone,
    day: schedule.monthDay,
    weekday: localize(WEEKDAY_LABELS[schedule.weekday], locale),
  });
}
