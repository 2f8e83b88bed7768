/**
 * Validates what the browser sends to the server functions (promise 9): every field of the
 * log form checked with zod/mini, each problem a message naming the field, in the user's
 * language. The browser's own checks are a convenience; these are the ones that count.
 */
import * as z from 'zod/mini';
import { isIsoDay } from '../calendar';
import { INTERACTION_KINDS, PURPOSES, type InteractionKind, type Purpose } from '../crm/vocabulary';
import { fillTemplate, localize, type Locale, type LocalizedText } from '../i18n';
import type { InteractionForm } from './api';

/** Longest text accepted in one field (a Sheets cell holds at most 50,000 characters). */
export const MAX_TEXT = 5000;

/** The form's field names as the sidebar labels them. */
export const FIELD_LABELS = {
  requestId: { en: 'Request id', zh: '请求编号' },
  customerId: { en: 'Customer', zh: '客户' },
  date: { en: 'Date', zh: '日期' },
  kind: { en: 'Kind', zh: '方式' },
  purpose: { en: 'Purpose', zh: '目的' },
  summary: { en: 'Summary', zh: '摘要' },
  withWhom: { en: 'With whom', zh: '接触对象' },
  perceived: { en: 'Perceived', zh: '实际感受' },
  expected: { en: 'Expected', zh: '期望' },
  dealProbability: { en: 'Deal probability', zh: '成交概率' },
  nextStep: { en: 'Next step', zh: '下一步' },
  followUpDate: { en: 'Follow-up date', zh: '跟进日期' },
} as const satisfies Record<keyof InteractionForm, LocalizedText>;

export type FormField = keyof typeof FIELD_LABELS;

const RULES = {
  required: { en: '{field} is required.', zh: '请填写{field}。' },
  date: {
    en: '{field}: expected a date like 2025-12-31, got "{got}".',
    zh: '{field}：应为 2025-12-31 这样的日期，实际为“{got}”。',
  },
  choice: { en: '{field}: choose one of the list.', zh: '{field}：请从列表中选择。' },
  score: {
    en: '{field}: expected a whole number from 1 to 5.',
    zh: '{field}：应为 1 到 5 的整数。',
  },
  percent: {
    en: '{field}: expected a percentage from 0 to 100, got {got}.',
    zh: '{field}：应为 0 到 100 之间的百分比，实际为 {got}。',
  },
  tooLong: {
    en: '{field}: at most {max} characters.',
    zh: '{field}：最多 {max} 个字符。',
  },
  requestId: {
    en: 'The form has no valid request id; reload the sidebar.',
    zh: '表单缺少有效的请求编号，请重新加载侧边栏。',
  },
  invalid: { en: 'Please correct the marked fields.', zh: '请更正标出的字段。' },
  notObject: { en: 'The request is not a form.', zh: '请求不是表单。' },
} as const satisfies Record<string, LocalizedText>;

/** A message of the validator, filled in. */
function say(
  locale: Locale,
  rule: keyof typeof RULES,
  field: FormField,
  values: Record<string, string | number> = {},
): string {
  return fillTemplate(localize(RULES[rule], locale), {
    field: localize(FIELD_LABELS[field], locale),
    ...values,
  });
}

const text = (max: number) => z.string().check(z.maxLength(max));
const blankable = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(z.nullable(z.union([z.literal(''), schema])));

/** The shape of a valid form; messages are attached per field below. */
const FORM = z.object({
  requestId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/)),
  customerId: text(200).check(z.refine((s) => s.trim() !== '')),
  date: z.string().check(z.refine(isIsoDay)),
  kind: z.enum(INTERACTION_KINDS as [InteractionKind, ...InteractionKind[]]),
  purpose: z.enum(PURPOSES as [Purpose, ...Purpose[]]),
  summary: text(MAX_TEXT).check(z.refine((s) => s.trim() !== '')),
  withWhom: z.optional(text(500)),
  perceived: blankable(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 5))),
  expected: blankable(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 5))),
  dealProbability: blankable(
    z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0 && n <= 100)),
  ),
  nextStep: z.optional(text(MAX_TEXT)),
  followUpDate: blankable(z.string().check(z.refine(isIsoDay))),
});

/** A validated form: text trimmed, blanks as null/''. */
export interface ValidForm {
  readonly requestId: string;
  readonly customerId: string;
  readonly date: string;
  readonly kind: InteractionKind;
  readonly purpose: Purpose;
  readonly summary: string;
  readonly withWhom: string;
  readonly perceived: number | null;
  readonly expected: number | null;
  /** A fraction 0–1 (the form sends percent). */
  readonly dealProbability: number | null;
  readonly nextStep: string;
  readonly followUpDate: string;
}

export type FormCheck =
  | { readonly ok: true; readonly form: ValidForm }
  | {
      readonly ok: false;
      readonly message: string;
      readonly fields: Readonly<Record<string, string>>;
    };

/** What a field's problem says, from the field and the value sent. */
function fieldMessage(field: FormField, value: unknown, locale: Locale): string {
  const blank =
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  switch (field) {
    case 'requestId':
      return localize(RULES.requestId, locale);
    case 'customerId':
    case 'summary':
      return blank
        ? say(locale, 'required', field)
        : say(locale, 'tooLong', field, { max: MAX_TEXT });
    case 'date':
    case 'followUpDate':
      return blank
        ? say(locale, 'required', field)
        : say(locale, 'date', field, { got: String(value).slice(0, 40) });
    case 'kind':
    case 'purpose':
      return blank ? say(locale, 'required', field) : say(locale, 'choice', field);
    case 'perceived':
    case 'expected':
      return say(locale, 'score', field);
    case 'dealProbability':
      return say(locale, 'percent', field, { got: String(value).slice(0, 40) });
    case 'withWhom':
      return say(locale, 'tooLong', field, { max: 500 });
    case 'nextStep':
      return say(locale, 'tooLong', field, { max: MAX_TEXT });
  }
}

const blankToNull = (v: number | '' | null | undefined): number | null =>
  typeof v === 'number' ? v : null;

/** Checks one log-form submission; every bad field gets its own message. */
export function validateInteractionForm(input: unknown, locale: Locale): FormCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, message: localize(RULES.notObject, locale), fields: {} };
  const parsed = FORM.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || !(field in FIELD_LABELS) || field in fields) continue;
      fields[field] = fieldMessage(
        field as FormField,
        (input as Record<string, unknown>)[field],
        locale,
      );
    }
    const list = Object.values(fields);
    return {
      ok: false,
      message: list.length > 0 ? list.join(' ') : localize(RULES.invalid, locale),
      fields,
    };
  }
  const f = parsed.data;
  const probability = blankToNull(f.dealProbability);
  return {
    ok: true,
    form: {
      requestId: f.requestId,
      customerId: f.customerId.trim(),
      date: f.date,
      kind: f.kind,
      purpose: f.purpose,
      summary: f.summary,
      withWhom: f.withWhom ?? '',
      perceived: blankToNull(f.perceived),
      expected: blankToNull(f.expected),
      dealProbability: probability === null ? null : probability / 100,
      nextStep: f.nextStep ?? '',
      followUpDate: typeof f.followUpDate === 'string' ? f.followUpDate : '',
    },
  };
}
