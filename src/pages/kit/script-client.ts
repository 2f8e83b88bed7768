/**
 * A page's only door to the server: wraps `google.script.run` in promises of `ApiResult`,
 * keeps at most 10 calls in flight (Apps Script's limit) and turns a transport failure
 * (withFailureHandler) into a readable `internal` error instead of a thrown one. The client's
 * methods are typed from the API's declaration in core.
 */
import type { Api, ApiResult, ClientOf } from '../../core/api/endpoint';

/** The part of `google.script.run` the client uses (any server function name). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [fn: string]: unknown;
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
type ScriptCaller = <T>(fn: string, ...args: unknown[]) => Promise<ApiResult<T>>;

/** The caller over a `google.script.run`-like runner: the in-flight limit and failure handling. */
function createScriptCaller(run: ScriptRunner, options: ApiClientOptions = {}): ScriptCaller {
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

/**
 * Builds a client for `api` over a `google.script.run`-like runner: one method per endpoint,
 * calling its server function with the input (endpoints without input send nothing).
 */
export function createClient<A extends Api>(
  api: A,
  run: ScriptRunner,
  options: ApiClientOptions = {},
): ClientOf<A> {
  const call = createScriptCaller(run, options);
  const client: Record<string, (...input: unknown[]) => Promise<ApiResult<unknown>>> = {};
  for (const [key, { name }] of Object.entries(api))
    client[key] = (...input: unknown[]) => call(name, ...input);
  return client as unknown as ClientOf<A>;
}
