/**
 * The card of a customer with 10,000 contacts: bounded (the key contacts up to the limit, a
 * count of the rest, at most 10 important dates), through the built bundle.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/local/runtime';
import { EDITOR, newRuntime, setUp, type ApiAnswer } from './support';

interface Card {
  contacts: { name: string; role: string }[];
  moreContacts: number;
  upcomingDates: { contactName: string; daysAway: number }[];
}

/** 10,000 contacts of C0007, another customer's every 100th row among them. */
function contacts(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < 10_100; i++) {
    const other = i % 101 === 50;
    const role = i === 7000 ? 'coach' : i === 9990 ? 'Decision maker' : '';
    // Today is 2025-06-10: contact i has a birthday i days away for i < 40.
    const day =
      i < 40
        ? `1990-${i < 21 ? '06' : '07'}-${String(i < 21 ? 10 + i : i - 20).padStart(2, '0')}`
        : '';
    rows.push([other ? 'C0008' : 'C0007', `Person ${i}`, role, '', '', day, '', '']);
  }
  return rows;
}

describe('a card with 10,000 contacts', () => {
  it('lists the key contacts up to 10, counts the rest, keeps the answer under 64 KB', () => {
    const all = contacts();
    const rt = newRuntime({ customers: 20, contacts: all });
    setUp(rt);
    rt.run('recalculateTiers', [], { user: EDITOR });
    const e = rt.runFromBrowser<ApiAnswer<Card>>('sidebarCard', [{ customerId: 'C0007' }], {
      user: EDITOR,
    });
    expect(e.value?.ok, JSON.stringify(e.value).slice(0, 300)).toBe(true);
    const card = (e.value as { value: Card }).value;
    const mine = all.filter((r) => r[0] === 'C0007').length;
    const size = JSON.stringify(e.value).length;
    console.log(
      `10,000 contacts: answer ${size} bytes, ${e.count('spreadsheet')} spreadsheet calls, ${e.cellsRead} cells read, est. ${Math.round(e.estimatedMs)} ms`,
    );
    expect(size).toBeLessThanOrEqual(64 * 1024);
    expect(card.contacts).toHaveLength(10);
    expect(card.moreContacts).toBe(mine - 10);
    // The decision maker and the coach first, then the earliest rows without a role.
    expect(card.contacts.map((c) => c.name).sort()).toEqual(
      ['Person 7000', 'Person 9990', ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `Person ${i}`)].sort(),
    );
    expect(card.contacts.map((c) => c.role)).toContain('decision_maker');
    // The 10 soonest important dates, today's first.
    expect(card.upcomingDates.map((d) => d.contactName)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `Person ${i}`),
    );
  });
});
