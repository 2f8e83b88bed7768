import { describe, expect, it } from 'vitest';
import { paretoSummary, pyramidTable, tierChanges } from '../../src/local/cli/terminal-report';
import type { Tier } from '../../src/core/crm/vocabulary';

describe('terminal report', () => {
  it('counts customers and value per tier, with a bar scaled to the share of value', () => {
    const table = pyramidTable([
      { id: '1', tier: 'A', value: 600 },
      { id: '2', tier: 'B', value: 300 },
      { id: '3', tier: 'D', value: 100 },
      { id: '4', tier: 'D', value: -5 },
    ]);
    const line = (tier: string): string =>
      table.split('\n').find((l) => l.startsWith(`  ${tier} `))!;
    expect(line('A')).toMatch(/VIP\s+1\s+600\.00\s+60\.0%\s+█{24}$/);
    expect(line('B')).toMatch(/Major\s+1\s+300\.00\s+30\.0%\s+█{12}$/);
    expect(line('C')).toMatch(/Ordinary\s+0\s+0\.00\s+0\.0%\s*$/);
    expect(line('D')).toMatch(/Small\s+2\s+100\.00\s+10\.0%\s+█{4}$/);
    expect(table).toMatch(/total\s+4\s+1,000\.00/);
  });

  it('states the real 80/20 figures', () => {
    expect(paretoSummary([50, 30, 10, 5, 5])).toContain(
      'the top 20.0% of customers (1) hold 50.0%',
    );
    expect(paretoSummary([50, 30, 10, 5, 5])).toContain(
      '80.0% of the value comes from 40.0% of customers (2)',
    );
    expect(paretoSummary([0, -1])).toContain('no positive value');
  });

  it('counts movements from each tier to each tier, and new and gone customers', () => {
    const before = new Map<string, Tier | ''>([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
      ['gone', 'D'],
    ]);
    const after = new Map<string, Tier | ''>([
      ['a', 'B'],
      ['b', 'A'],
      ['c', 'C'],
      ['new', 'D'],
    ]);
    const { text, changed } = tierChanges(before, after);
    expect(text).toMatch(/^ {2}A\s+0\s+1\s+0\s+0\s+1$/m);
    expect(text).toMatch(/^ {2}B\s+1\s+0\s+0\s+0\s+1$/m);
    expect(text).toMatch(/^ {2}C\s+0\s+0\s+1\s+0\s+0$/m);
    expect(text).toContain('new customers: 1, gone: 1');
    expect(changed).toBe(3);
  });
});
