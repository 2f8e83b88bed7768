import { describe, expect, it } from 'vitest';
import type { ContactRecord, InteractionRecord } from '../../../src/core/store/records';
import { buildWatchList } from '../../../src/core/report/watch-list';

const interaction = (
  customerId: string,
  date: string,
  followUpDate = '',
  nextStep = '',
): InteractionRecord => ({
  row: 2,
  loggedAt: `${date} 10:00:00`,
  customerId,
  customerName: '',
  date,
  kind: 'visit',
  purpose: '',
  summary: 's',
  withWhom: '',
  perceived: null,
  expected: null,
  satisfaction: '',
  dealProbability: null,
  funnel: '',
  nextStep,
  followUpDate,
  loggedBy: '',
  requestId: 'r',
});
const contact = (customerId: string, name: string, importantDate: string): ContactRecord => ({
  row: 2,
  customerId,
  name,
  role: 'decision_maker',
  email: '',
  phone: '',
  importantDate,
  personality: '',
});

describe('buildWatchList', () => {
  const today = '2026-12-07';
  const watch = buildWatchList({
    today,
    limitDays: { A: 30, B: 60 },
    customers: [
      { id: 'a1', name: 'A one', tier: 'A', value: 100, owners: ['x@x'] },
      { id: 'a2', name: 'A two', tier: 'A', value: 90, owners: ['x@x', 'y@x'] },
      { id: 'b1', name: 'B one', tier: 'B', value: 40, owners: ['x@x', 'y@x'] },
      { id: 'c1', name: 'C one', tier: 'C', value: 10, owners: [] },
    ],
    interactions: new Map([
      ['a2', [interaction('a2', '2026-11-20')]],
      ['b1', [interaction('b1', '2026-09-01', '2026-11-30', 'Call back')]],
      ['c1', [interaction('c1', '2026-12-01', '2026-12-05', 'Quote')]],
    ]),
    contacts: [
      contact('a1', 'Ms Wang', '1980-12-20'),
      contact('a2', 'Mr Li', '1975-12-25'),
      contact('c1', 'Mr Zhao', '1990-12-08'),
    ],
    previous: new Map([['b1', { name: 'B one', tier: 'B', value: 55 }]]),
  });

  it('A/B with fewer than two owners', () => {
    expect(watch.singleOwner).toEqual([
      { customerId: 'a1', name: 'A one', tier: 'A', owners: ['x@x'] },
    ]);
  });
  it('A/B not contacted for longer than their tier allows; never contacted first', () => {
    expect(watch.notContacted).toEqual([
      { customerId: 'a1', name: 'A one', tier: 'A', lastContact: null, days: null, limitDays: 30 },
      {
        customerId: 'b1',
        name: 'B one',
        tier: 'B',
        lastContact: '2026-09-01',
        days: 97,
        limitDays: 60,
      },
    ]);
  });
  it('overdue follow-ups, oldest first', () => {
    expect(watch.overdueFollowUps.map((f) => [f.customerId, f.daysOverdue, f.nextStep])).toEqual([
      ['b1', 7, 'Call back'],
      ['c1', 2, 'Quote'],
    ]);
  });
  it('important dates of key accounts’ contacts in the next 14 days', () => {
    expect(watch.importantDates.map((d) => [d.contact, d.date, d.daysAway, d.role])).toEqual([
      ['Ms Wang', '2026-12-20', 13, 'decision_maker'],
    ]);
  });
  it('B customers whose value fell', () => {
    expect(watch.bValueFell).toEqual([
      { customerId: 'b1', name: 'B one', tier: 'B', previousValue: 55, value: 40 },
    ]);
  });
});
