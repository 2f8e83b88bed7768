/**
 * The log form's one rule set. The sidebar runs it before a call, so mistakes show at once;
 * the server runs it again on whatever arrives, and its verdict is the one that counts. Plain
 * checks, no schema library, so the sidebar stays small.
 */
import { isIsoDay } from '../calendar';
import { INTERACTION_KINDS, PURPOSES, type InteractionKind, type Purpose } from '../crm/vocabulary';
import { fillTemplate, localize, type Locale, type LocalizedText } from '../i18n';

/** Longest summary or next step (a Sheets cell holds at most 50,000 characters). */
export const MAX_TEXT = 5000;
/** Longest "with whom". */
export const MAX_SHORT_TEXT = 500;
/** Longest customer id. */
export const MAX_ID = 200;

/** One log form submission, as the sidebar sends it. */
export interface InteractionForm {
  /** Created once per form instance (crypto.randomUUID); a resubmit reuses it. */
  readonly requestId: string;
  readonly customerId: string;
  /** `yyyy-MM-dd`. */
  readonly date: string;
  readonly kind: InteractionKind;
  readonly purpose: Purpose;
  readonly summary: string;
  readonly withWhom?: string;
  /** 1–5. */
  readonly perceived?: number | null;
  /** 1–5. */
  readonly expected?: number | null;
  /** Deal close probability in percent, 0–100. */
  readonly dealProbability?: number | null;
  readonly nextStep?: string;
  /** `yyyy-MM-dd`. */
  readonly followUpDate?: string | null;
}

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

/** What is wrong with one field, as a sentence naming the field (the server's words). */
const PROBLEM_MESSAGES = {
  required: { en: '{field} is required.', zh: '请填写{field}。' },
  badDate: {
    en: '{field}: expected a date like 2025-12-31, got {got}.',
    zh: '{field}：应为 2025-12-31 这样的日期，实际为 {got}。',
  },
  badChoice: { en: '{field}: choose one of the list.', zh: '{field}：请从列表中选择。' },
  badScore: {
    en: '{field}: expected a whole number from 1 to 5.',
    zh: '{field}：应为 1 到 5 的整数。',
  },
  badPercent: {
    en: '{field}: expected a percentage from 0 to 100, got {got}.',
    zh: '{field}：应为 0 到 100 之间的百分比，实际为 {got}。',
  },
  tooLong: {
    en: '{field}: at most {max} characters, got {length}.',
    zh: '{field}：最多 {max} 个字符，实际为 {length} 个。',
  },
  notText: { en: '{field}: expected text, got {got}.', zh: '{field}：应为文本，实际为 {got}。' },
  badRequestId: {
    en: 'The form has no valid request id; reload the sidebar.',
    zh: '表单缺少有效的请求编号，请重新加载侧边栏。',
  },
} as const satisfies Record<string, LocalizedText>;

const FORM_MESSAGES = {
  notObject: { en: 'The request is not a form.', zh: '请求不是表单。' },
} as const satisfies Record<string, LocalizedText>;

export type ProblemKey = keyof typeof PROBLEM_MESSAGES;

/** A field's problem: what kind, and the values its message shows. */
export interface FieldProblem {
  readonly key: ProblemKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

export type FieldProblems = Partial<Record<FormField, FieldProblem>>;

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** What was sent, for a message: up to 40 characters of text in quotes, a number or a
 *  boolean as it is, otherwise what kind of value it was. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value;
}

/** A customer id: text, not blank, at most {@link MAX_ID} characters. */
export function customerIdProblem(value: unknown): FieldProblem | null {
  return requiredText(value, MAX_ID);
}

function requiredText(value: unknown, max: number): FieldProblem | null {
  if (isBlank(value)) return { key: 'required' };
  if (typeof value !== 'string') return { key: 'notText', values: { got: shown(value) } };
  return value.length > max ? { key: 'tooLong', values: { max, length: value.length } } : null;
}

function optionalText(value: unknown, max: number): FieldProblem | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return { key: 'notText', values: { got: shown(value) } };
  return value.length > max ? { key: 'tooLong', values: { max, length: value.length } } : null;
}

function choice(list: readonly string[], value: unknown): FieldProblem | null {
  if (isBlank(value)) return { key: 'required' };
  return typeof value === 'string' && list.includes(value) ? null : { key: 'badChoice' };
}

/** Blank (absent, null or '') or a number that `ok` accepts. */
function optionalNumber(value: unknown, ok: (n: number) => boolean): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (typeof value === 'number' && ok(value))
  );
}

const isScore = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 5;
const isPercent = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 100;

/** Every problem of one submission, field by field (none: the form is valid). */
export function logFormProblems(raw: Readonly<Record<string, unknown>>): FieldProblems {
  const problems: FieldProblems = {};
  const put = (field: FormField, problem: FieldProblem | null): void => {
    if (problem) problems[field] = problem;
  };
  if (typeof raw.requestId !== 'string' || !/^[A-Za-z0-9_-]{8,100}$/.test(raw.requestId))
    put('requestId', { key: 'badRequestId' });
  put('customerId', customerIdProblem(raw.customerId));
  if (isBlank(raw.date)) put('date', { key: 'required' });
  else if (!isIsoDay(raw.date)) put('date', { key: 'badDate', values: { got: shown(raw.date) } });
  put('kind', choice(INTERACTION_KINDS, raw.kind));
  put('purpose', choice(PURPOSES, raw.purpose));
  put('summary', requiredText(raw.summary, MAX_TEXT));
  put('withWhom', optionalText(raw.withWhom, MAX_SHORT_TEXT));
  if (!optionalNumber(raw.perceived, isScore)) put('perceived', { key: 'badScore' });
  if (!optionalNumber(raw.expected, isScore)) put('expected', { key: 'badScore' });
  if (!optionalNumber(raw.dealProbability, isPercent))
    put('dealProbability', { key: 'badPercent', values: { got: shown(raw.dealProbability) } });
  put('nextStep', optionalText(raw.nextStep, MAX_TEXT));
  const followUp = raw.followUpDate;
  if (!(followUp === undefined || followUp === null || followUp === '' || isIsoDay(followUp)))
    put('followUpDate', { key: 'badDate', values: { got: shown(followUp) } });
  return problems;
}

/** A problem as the server says it: a sentence naming the field, in `locale`. */
export function problemMessage(field: FormField, problem: FieldProblem, locale: Locale): string {
  return fillTemplate(localize(PROBLEM_MESSAGES[problem.key], locale), {
    field: localize(FIELD_LABELS[field], locale),
    ...problem.values,
  });
}

/** A validated form: customer id trimmed, blanks as null or ''. */
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

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const textOrBlank = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Checks one log-form submission on the server; every bad field gets its own message. */
export function validateInteractionForm(input: unknown, locale: Locale): FormCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, message: localize(FORM_MESSAGES.notObject, locale), fields: {} };
  const raw = input as Readonly<Record<string, unknown>>;
  const problems = Object.entries(logFormProblems(raw)) as [FormField, FieldProblem][];
  if (problems.length > 0) {
    const fields: Record<string, string> = {};
    for (const [field, problem] of problems) fields[field] = problemMessage(field, problem, locale);
    return { ok: false, message: Object.values(fields).join(' '), fields };
  }
  const probability = numberOrNull(raw.dealProbability);
  return {
    ok: true,
    form: {
      requestId: raw.requestId as string,
      customerId: (raw.customerId as string).trim(),
      date: raw.date as string,
      kind: raw.kind as InteractionKind,
      purpose: raw.purpose as Purpose,
      summary: raw.summary as string,
      withWhom: textOrBlank(raw.withWhom),
      perceived: numberOrNull(raw.perceived),
      expected: numberOrNull(raw.expected),
      dealProbability: probability === null ? null : probability / 100,
      nextStep: textOrBlank(raw.nextStep),
      followUpDate: textOrBlank(raw.followUpDate),
    },
  };
}
