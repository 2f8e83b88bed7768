import { isInputError } from '../../core/range-input';
import type { CustomFunctionDoc, EntryPoint } from '../entry-points';

/**
 * Declares a custom function. Every error leaves it as one readable line that starts with
 * the function's name (`CUSTOMER_TIER: the 17th value of values is "twelve", not a number`); a bug
 * shows its message, never a stack, so the cell's tooltip stays readable.
 */
export function defineCustomFunction(
  name: string,
  doc: CustomFunctionDoc,
  // Cells arrive as whatever Sheets passes: 2-D arrays, scalars, '' for blanks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: (...args: any[]) => unknown,
): EntryPoint {
  return {
    kind: 'custom-function',
    doc,
    fn: (...args: unknown[]) => {
      try {
        return fn(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          isInputError(error)
            ? `${name}: ${message}`
            : `${name}: unexpected error (${message}); please report it`,
        );
      }
    },
  };
}
