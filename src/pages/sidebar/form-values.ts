/**
 * From what the log form's inputs hold to the payload the server takes, checked with the
 * form's one rule set (core/forms/log-form), so a mistake shows next to its field before any
 * call. Numbers are read as the inputs show them (digits and one decimal point); anything
 * else is passed on as typed, for the rules to refuse.
 */
import {
  logFormProblems,
  type FieldProblem,
  type FormField,
  type InteractionForm,
} from '../../core/forms/log-form';
import type { InteractionKind, Purpose } from '../../core/crm/vocabulary';

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

/** '' → null; digits with at most one decimal point → the number; anything else as typed. */
function typedNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
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
  | { readonly ok: false; readonly problems: Partial<Record<FormField, FieldProblem>> } {
  const followUp = values.followUpDate.trim();
  const payload = {
    requestId: ids.requestId,
    customerId: ids.customerId,
    date: values.date.trim(),
    kind: values.kind,
    purpose: values.purpose,
    summary: values.summary,
    withWhom: values.withWhom,
    perceived: typedNumber(values.perceived),
    expected: typedNumber(values.expected),
    dealProbability: typedNumber(values.dealProbability),
    nextStep: values.nextStep,
    followUpDate: followUp === '' ? null : followUp,
  };
  const problems = logFormProblems(payload);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  // The rules accepted every field, so each holds what InteractionForm says.
  return {
    ok: true,
    form: {
      ...payload,
      kind: payload.kind as InteractionKind,
      purpose: payload.purpose as Purpose,
      perceived: payload.perceived as number | null,
      expected: payload.expected as number | null,
      dealProbability: payload.dealProbability as number | null,
    },
  };
}
