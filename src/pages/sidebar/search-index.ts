/**
 * Client-side customer search. `sidebarInit` sends every customer once; each keystroke then
 * filters in memory. Keys are lower-cased and normalised once, up front, so a keystroke over
 * 10,000+ customers is one pass of `indexOf` calls.
 */
import type { CustomerSummary } from '../../core/api/sidebar';

export interface SearchResult {
  /** The best matches, at most `limit`. */
  readonly matches: readonly CustomerSummary[];
  /** How many customers matched in all. */
  readonly total: number;
}

export interface SearchIndex {
  readonly size: number;
  search(query: string, limit: number): SearchResult;
}

/** Lower case, full-width → half-width (NFKC), collapsed spaces: what people mean as "same". */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Builds the index. Ranking: exact id, then id or name starting with the query, then any
 * other match (every word of the query somewhere in id or name); the original order is kept
 * within a rank.
 */
export function buildSearchIndex(customers: readonly CustomerSummary[]): SearchIndex {
  const ids = customers.map((c) => searchKey(c.id));
  const names = customers.map((c) => searchKey(c.name));
  const both = customers.map((_, i) => `${ids[i]}\n${names[i]}`);

  function search(query: string, limit: number): SearchResult {
    const q = searchKey(query);
    if (q === '') return { matches: customers.slice(0, limit), total: customers.length };
    const words = q.split(' ');
    // Only the first `limit` of each rank can be shown; the rest are just counted.
    const exact: number[] = [];
    const prefix: number[] = [];
    const other: number[] = [];
    let total = 0;
    for (let i = 0; i < customers.length; i++) {
      const key = both[i] as string;
      let all = true;
      for (const word of words) {
        if (key.indexOf(word) < 0) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      total += 1;
      const rank =
        ids[i] === q
          ? exact
          : (ids[i] as string).startsWith(q) || (names[i] as string).startsWith(q)
            ? prefix
            : other;
      if (rank.length < limit) rank.push(i);
    }
    const matches = exact
      .concat(prefix, other)
      .slice(0, limit)
      .map((i) => customers[i] as CustomerSummary);
    return { matches, total };
  }

  return { size: customers.length, search };
}
