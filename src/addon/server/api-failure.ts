import type { ApiErrorCode } from '../../core/api/endpoint';

/** A refusal the server functions turn into `{ ok: false, code, message }`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
