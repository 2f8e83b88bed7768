/**
 * Bad input a user can fix (a cell that is not a number, a wrong cut list). Its message is
 * written for the user and never includes a stack; callers add where it came from, e.g. the
 * custom function's name or the sheet cell.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** True for an {@link InputError}, also one thrown from another copy of the bundle. */
export function isInputError(error: unknown): error is InputError {
  return error instanceof Error && error.name === 'InputError';
}
