/**
 * The change from the previous window's value to this window's, as a fraction of the previous
 * one's size: 0.25 is up 25 %, -0.5 down half. Null when there is nothing to compare with (no
 * previous window, or a previous value of 0).
 *
 * @example trend(125, 100) // 0.25
 */
export function trend(value: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  return (value - previous) / Math.abs(previous);
}
