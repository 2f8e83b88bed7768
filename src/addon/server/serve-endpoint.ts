/**
 * The envelope of every browser-callable function: whatever happens inside, the browser gets
 * an {@link ApiResult}, never a raw stack. And the binding of an API declared in core to its
 * handlers: each entry point opens its context, runs the API's own input check, then the
 * handler.
 */
import type { Api, ApiResult, HandlersOf } from '../../core/api/endpoint';
import { localize, type Locale } from '../../core/i18n';
import type { EntryPoint } from '../entry-points';
import { userLocale } from '../locale';
import { ApiFailure } from './api-failure';
import { SERVER_MESSAGES } from './messages';

export function serve<T>(locale: () => Locale, body: () => T): ApiResult<T> {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    if (error instanceof ApiFailure)
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
      };
    // Logged for the owner's execution log; the browser gets a plain sentence.
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    let lang: Locale = 'en';
    try {
      lang = locale();
    } catch {
      // English, then.
    }
    return { ok: false, code: 'internal', message: localize(SERVER_MESSAGES.internal, lang) };
  }
}

/**
 * The server entry points of `api`, by the names it declares. Each call opens its context
 * (`open` may refuse the caller), checks the input with the endpoint's check in the caller's
 * language, then runs the endpoint's handler.
 */
export function serverEntryPoints<A extends Api, C extends { readonly locale: Locale }>(
  api: A,
  open: (endpoint: keyof A) => C,
  handlers: NoInfer<HandlersOf<A, C>>,
): Record<string, EntryPoint> {
  const entries: Record<string, EntryPoint> = {};
  for (const key of Object.keys(api) as (keyof A & string)[]) {
    const { name, check } = api[key]!;
    const handler = handlers[key] as (input: unknown, context: C) => unknown;
    entries[name] = {
      kind: 'server',
      fn: (input: unknown) => {
        let locale: Locale | undefined;
        return serve(
          () => locale ?? userLocale(),
          () => {
            const context = open(key);
            locale = context.locale;
            const checked = check(input, context.locale);
            if (!checked.ok) throw new ApiFailure('invalid', checked.message, checked.fields);
            return handler(checked.value, context);
          },
        );
      },
    };
  }
  return entries;
}
