/**
 * The key a customer id cell is matched by: text trimmed, a number written out (`1001` and
 * `"1001"` are the same customer; `"00001"` stays `00001`). '' for a blank cell; null for a
 * cell that cannot be an id (a date, a checkbox).
 *
 * @example customerKey(' C-17 ') // 'C-17'
 */
export function customerKey(cell: unknown): string | null {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  if (cell === null || cell === undefined) return '';
  return null;
}

/**
 * Index of each distinct key in a customer list (the first row holding it); blank keys are
 * left out. A Map, so that any text (`constructor`, `__proto__`) is an ordinary key.
 */
export function indexKeys(keys: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== '' && !index.has(key)) index.set(key, i);
  }
  return index;
}
