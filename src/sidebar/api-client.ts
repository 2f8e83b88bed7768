/**
 * The sidebar's only door to the server: wraps `google.script.run` in promises of
 * `ApiResult`, keeps at most 10 calls in flight (Apps Script's limit) and turns a transport
 * failure (withFailureHandler) into a readable `internal` error instead of a thrown one.
 */
import {
  SIDEBAR_API,
  type ApiResult,
  type CustomerCard,
  type InteractionForm,
  type LogResult,
  type SidebarInit,
} from '../core/sidebar/api';

/** The part of `google.script.run` the client uses (any server function name). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [fn: string]: unknown;
}

/** Typed calls to the sidebar's server functions. */
export interface SidebarApi {
  init(): Promise<ApiResult<SidebarInit>>;
  card(customerId: string): Promise<ApiResult<CustomerCard>>;
  logInteraction(form: InteractionForm): Promise<ApiResult<LogResult>>;
}

export interface ApiClientOptions {
  /** Calls allowed in flight at once; the rest wait in order. */
  readonly maxInFlight?: number;
  /** Words for a call that failed before the server could answer. */
  readonly describeFailure?: (detail: string) => string;
}

/** Apps Script runs at most 10 google.script.run calls at once per page. */
export const MAX_IN_FLIGHT = 10;

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** Calls any server function by name and resolves with its ApiResult (never rejects). */
export type ScriptCaller = <T>(fn: string, ...args: unknown[]) => Promise<ApiResult<T>>;

/**
 * The generic caller over a `google.script.run`-like runner: the in-flight limit and the
 * failure handling every page needs (the sidebar and the Schedule report dialog use it).
 */
export function createScriptCaller(
  run: ScriptRunner,
  options: ApiClientOptions = {},
): ScriptCaller {
  const limit = options.maxInFlight ?? MAX_IN_FLIGHT;
  const describe = options.describeFailure ?? ((detail: string) => detail);
  const waiting: (() => void)[] = [];
  let inFlight = 0;

  function release(): void {
    inFlight -= 1;
    waiting.shift()?.();
  }

  async function slot(): Promise<void> {
    if (inFlight < limit) {
      inFlight += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight += 1;
  }

  return async function call<T>(fn: string, ...args: unknown[]): Promise<ApiResult<T>> {
    await slot();
    try {
      return await new Promise<ApiResult<T>>((resolve) => {
        const fail = (detail: string): void =>
          resolve({ ok: false, code: 'internal', message: describe(detail) });
        const runner = run
          .withSuccessHandler((value) =>
            isApiResult(value) ? resolve(value as ApiResult<T>) : fail(`${fn}: unexpected answer`),
          )
          .withFailureHandler((error) => fail(errorText(error)));
        const target = runner[fn];
        if (typeof target !== 'function') return fail(`${fn} is not available`);
        try {
          (target as (...a: unknown[]) => void).apply(runner, args);
        } catch (error) {
          fail(errorText(error));
        }
      });
    } finally {
      release();
    }
  };
}

/** Builds the sidebar's API client over a `google.script.run`-like runner. */
export function createApiClient(run: ScriptRunner, options: ApiClientOptions = {}): SidebarApi {
  const call = createScriptCaller(run, options);
  return {
    init: () => call<SidebarInit>(SIDEBAR_API.init),
    card: (customerId) => call<CustomerCard>(SIDEBAR_API.card, { customerId }),
    logInteraction: (form) => call<LogResult>(SIDEBAR_API.logInteraction, form),
  };
}
