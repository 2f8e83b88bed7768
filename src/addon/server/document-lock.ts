/**
 * Writes under the document lock: at most {@link LOCK_WAIT_MS} of waiting, then a clear
 * `busy` and nothing written. Pending writes are flushed before the lock is let go, so the
 * next writer reads them.
 */
import { localize, type Locale } from '../../core/i18n';
import { ApiFailure } from './api-failure';
import { SERVER_MESSAGES } from './messages';

/** How long a save waits for another save to finish. */
export const LOCK_WAIT_MS = 20_000;

export interface LockOptions {
  /** The body flushes after its last sheet write itself: no second flush before release. */
  readonly flushed?: boolean;
}

export function withDocumentLock<T>(locale: Locale, body: () => T, options: LockOptions = {}): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS))
    throw new ApiFailure('busy', localize(SERVER_MESSAGES.busy, locale));
  try {
    const result = body();
    if (!options.flushed) SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
