/**
 * How a browser page and its server functions agree, declared once. An API is a record of
 * endpoints; each names the top-level server function and carries the check of what the
 * browser sends. From that one declaration both sides derive their types: the page's client
 * (`ClientOf`) and the server's handlers (`HandlersOf`), and the server runs the same check.
 *
 * Everything that crosses `google.script.run` is plain JSON: dates are ISO strings, never
 * `Date` (a Date anywhere makes the call fail).
 */
import type { Locale } from '../i18n';

/** Why a call did not succeed. `busy`: another save holds the lock; nothing was written. */
export type ApiErrorCode = 'invalid' | 'busy' | 'forbidden' | 'not-found' | 'setup' | 'internal';

/** Every server function answers with this, so a page can show errors next to fields. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: ApiErrorCode;
      /** Already in the caller's language. */
      readonly message: string;
      /** Field name → message, for inline validation. */
      readonly fields?: Readonly<Record<string, string>>;
    };

/** The verdict of an input check: the value the handler gets, or what is wrong, per field. */
export type InputCheck<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly message: string;
      readonly fields: Readonly<Record<string, string>>;
    };

/**
 * One server function. `Input` is what the browser sends (`void`: nothing), `Valid` what the
 * check turns it into, `Output` what the server answers inside an {@link ApiResult}.
 */
export interface Endpoint<Input, Valid, Output> {
  /** The top-level function's name in dist/Code.js. */
  readonly name: string;
  readonly check: (input: unknown, locale: Locale) => InputCheck<Valid>;
  /** Carries the types only; never set. */
  readonly types?: { readonly input: Input; readonly output: Output };
}

// Any endpoint, whatever its types (a constraint, so `any` is what lets every one fit).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<any, any, any>;
export type Api = Readonly<Record<string, AnyEndpoint>>;

export type InputOf<E> = E extends Endpoint<infer I, unknown, unknown> ? I : never;
export type ValidOf<E> = E extends Endpoint<unknown, infer V, unknown> ? V : never;
export type OutputOf<E> = E extends Endpoint<unknown, unknown, infer O> ? O : never;

/** Declares an endpoint: its function name and the check of its input. */
export function endpoint<Input, Valid, Output>(
  name: string,
  check: (input: unknown, locale: Locale) => InputCheck<Valid>,
): Endpoint<Input, Valid, Output> {
  return { name, check };
}

/** The check of an endpoint that takes no input: whatever comes is ignored. */
export function noInput(): InputCheck<void> {
  return { ok: true, value: undefined };
}

/** The page's view of an API: one method per endpoint, answering an ApiResult. */
export type ClientOf<A extends Api> = {
  readonly [K in keyof A]: InputOf<A[K]> extends void
    ? () => Promise<ApiResult<OutputOf<A[K]>>>
    : (input: InputOf<A[K]>) => Promise<ApiResult<OutputOf<A[K]>>>;
};

/** The server's side of an API: each handler gets the checked input and a context. */
export type HandlersOf<A extends Api, Context> = {
  readonly [K in keyof A]: (input: ValidOf<A[K]>, context: Context) => OutputOf<A[K]>;
};
