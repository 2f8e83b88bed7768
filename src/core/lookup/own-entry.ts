/**
 * Looking a user's string up in a table of our own. `table[text]` also finds what every
 * object inherits: `"__proto__"`, `"constructor"` or `"toString"` typed into a cell would
 * read as an entry. Only the table's own keys count.
 */

/** The entry of `table` named `key`, or undefined when the table has no such key of its own. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
