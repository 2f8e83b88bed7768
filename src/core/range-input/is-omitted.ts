/** True when an optional argument was left out (`=F(A1:A)` or `=F(A1:A, )`). */
export function isOmitted(arg: unknown): boolean {
  return arg === undefined || arg === null || arg === '';
}
