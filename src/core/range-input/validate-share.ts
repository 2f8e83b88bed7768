import { InputError } from './input-error';

/**
 * Checks a share typed as a percentage or fraction (Sheets passes 20% as 0.2): above 0 and
 * at most 1. Typing 20 instead of 20% is the usual slip, so the message shows both forms.
 *
 * @example validateShare(0.2, 'top_share') // 0.2
 */
export function validateShare(share: number, argument: string): number {
  if (!(typeof share === 'number' && share > 0 && share <= 1)) {
    throw new InputError(
      `${argument} must be a share above 0% and at most 100% (type 20% or 0.2), not ${String(share)}`,
    );
  }
  return share;
}
