/**
 * The log form's rules, checked in the browser before a call so mistakes show at once. They
 * mirror the server's checks (which stay authoritative: the server answers `invalid` with a
 * message per field, shown in the same place).
 */
import {
  INTERACTION_KINDS,
  PURPOSES,
  type InteractionKind,
  type Purpose,
} from '../core/crm/vocabulary';
import type { InteractionForm } from '../core/sidebar/api';
import type { MessageKey } from './i18n';

/** What the form's inputs hold, as typed. */
export interface FormValues {
  readonly kind: string;
  readonly purpose: string;
  readonly date: string;
  readonly summary: string;
  readonly withWhom: string;
  readonly perceived: string;
  readonly expected: string;
  readonly dealProbability: string;
  readonly nextStep: string;
  readonly followUpDate: string;
}

export type FieldName = keyof FormValues;

/** A field's problem: a message key and its values. */
export interface FieldProblem {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, number>>;
}

/** A Google Sheets cell holds at most 50,000 characters. */
export const MAX_TEXT = 50_000;

/** True for a real calendar date written `yyyy-MM-dd`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function optionalInteger(text: string, min: number, max: number): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/**
 * Checks typed values and builds the payload. Returns problems per field (and no form) when
 * anything is wrong.
 */
export function checkForm(
  values: FormValues,
  ids: { readonly requestId: string; readonly customerId: string },
):
  | { readonly ok: true; readonly form: InteractionForm }
  | { readonly ok: false; readonly problems: Partial<Record<FieldName, FieldProblem>> } {
  const problems: Partial<Record<FieldName, FieldProblem>> = {};
  if (!(INTERACTION_KINDS as readonly string[]).includes(values.kind))
    problems.kind = { key: 'required' };
  if (!(PURPOSES as readonly string[]).includes(values.purpose))
    problems.purpose = { key: 'required' };
  if (values.date.trim() === '') problems.date = { key: 'required' };
  else if (!isIsoDate(values.date.trim())) problems.date = { key: 'badDate' };
  if (values.summary.trim() === '') problems.summary = { key: 'required' };
  for (const field of ['summary', 'withWhom', 'nextStep'] as const) {
    if (values[field].length > MAX_TEXT)
      problems[field] = { key: 'tooLong', values: { max: MAX_TEXT } };
  }
  const perceived = optionalInteger(values.perceived, 1, 5);
  if (perceived === undefined) problems.perceived = { key: 'badScore' };
  const expected = optionalInteger(values.expected, 1, 5);
  if (expected === undefined) problems.expected = { key: 'badScore' };
  const dealProbability = optionalInteger(values.dealProbability, 0, 100);
  if (dealProbability === undefined) problems.dealProbability = { key: 'badPercent' };
  const followUp = values.followUpDate.trim();
  if (followUp !== '' && !isIsoDate(followUp)) problems.followUpDate = { key: 'badDate' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    form: {
      requestId: ids.requestId,
      customerId: ids.customerId,
      date: values.date.trim(),
      kind: values.kind as InteractionKind,
      purpose: values.purpose as Purpose,
      summary: values.summary,
      withWhom: values.withWhom,
      perceived: perceived ?? null,
      expected: expected ?? null,
      dealProbability: dealProbability ?? null,
      nextStep: values.nextStep,
      followUpDate: followUp === '' ? null : followUp,
    },
  };
}
