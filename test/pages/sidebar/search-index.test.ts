import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../../src/core/api/sidebar';
import { buildSearchIndex, searchKey } from '../../../src/pages/sidebar/search-index';

const customers: CustomerSummary[] = [
  { id: 'C-100', name: 'Acme Trading', tier: 'A' },
  { id: 'C-200', name: 'Beta Acme Ltd', tier: 'B' },
  { id: 'ACME', name: 'Zeta', tier: 'D' },
  { id: 'C-300', name: '上海 华联 商厦', tier: 'C' },
  { id: 'C-400', name: 'ＡＢＣ Foods', tier: '' },
];

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(customers);

  it('ranks an exact id first, then prefixes, then other matches, keeping order within a rank', () => {
    const { matches, total } = index.search('acme', 10);
    expect(matches.map((c) => c.id)).toEqual(['ACME', 'C-100', 'C-200']);
    expect(total).toBe(3);
  });

  it('matches ids and every word of the query, case- and width-insensitively', () => {
    expect(index.search('c-3', 10).matches.map((c) => c.id)).toEqual(['C-300']);
    expect(index.search('华联  上海', 10).matches.map((c) => c.id)).toEqual(['C-300']);
    expect(index.search('abc', 10).matches.map((c) => c.id)).toEqual(['C-400']);
    expect(index.search('acme zeta', 10).total).toBe(1);
    expect(index.search('nobody', 10)).toEqual({ matches: [], total: 0 });
  });

  it('caps the rendered matches but counts them all; a blank query lists the first ones', () => {
    expect(index.search('c-', 2)).toEqual({ matches: customers.slice(0, 2), total: 4 });
    expect(index.search('   ', 3)).toEqual({ matches: customers.slice(0, 3), total: 5 });
  });

  it('treats the query as text, not a pattern', () => {
    expect(buildSearchIndex([{ id: 'x', name: 'a.*b', tier: '' }]).search('.*', 5).total).toBe(1);
    expect(index.search('.*', 5).total).toBe(0);
  });

  it('normalises keys once: lower case, NFKC, single spaces', () => {
    expect(searchKey('  ＡＢＣ\t Foods ')).toBe('abc foods');
  });
});
