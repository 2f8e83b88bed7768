/**
 * The log form's rules, checked in the browser before a call so mistakes show at once. They
 * mirror the server's validator (core/sidebar/validate.ts, which stays authoritative and
 * answers `invalid` with a message per field, shown in the same place). That validator is
 * not imported here because it would bring zod into the sidebar (~26 KB, doubling it);
 * test/sidebar/form-rules-agree.test.ts checks that the two agree.
 */
import {
  INTERACTION_KINDS,
  PURPOSES,
  type InteractionKind,
  type Purpose,
} from '../core/crm/vocabulary';
import { isIsoDay } from '../core/calendar';
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

/** Longest summary / next step the server accepts (core/sidebar/validate on the server). */
export const MAX_TEXT = 5000;
/** Longest "with whom" the server accepts. */
export const MAX_SHORT_TEXT = 500;

/** '' → null; a number in [min, max] (whole when `whole`) → it; anything else → undefined. */
function optionalNumber(
  text: string,
  min: number,
  max: number,
  whole: boolean,
): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+(?:\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  if (whole && !Number.isInteger(value)) return undefined;
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
  else if (!isIsoDay(values.date.trim())) problems.date = { key: 'badDate' };
  if (values.summary.trim() === '') problems.summary = { key: 'required' };
  for (const field of ['summary', 'withWhom', 'nextStep'] as const) {
    const max = field === 'withWhom' ? MAX_SHORT_TEXT : MAX_TEXT;
    if (values[field].length > max) problems[field] = { key: 'tooLong', values: { max } };
  }
  const perceived = optionalNumber(values.perceived, 1, 5, true);
  if (perceived === undefined) problems.perceived = { key: 'badScore' };
  const expected = optionalNumber(values.expected, 1, 5, true);
  if (expected === undefined) problems.expected = { key: 'badScore' };
  const dealProbability = optionalNumber(values.dealProbability, 0, 100, false);
  if (dealProbability === undefined) problems.dealProbability = { key: 'badPercent' };
  const followUp = values.followUpDate.trim();
  if (followUp !== '' && !isIsoDay(followUp)) problems.followUpDate = { key: 'badDate' };
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
