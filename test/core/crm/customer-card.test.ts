import { describe, expect, it } from 'vitest';
import { nextYearly } from '../../../src/core/calendar';
import { pendingFollowUpOf } from '../../../src/core/crm/follow-up';
import { funnelBandOf, satisfactionOf } from '../../../src/core/crm/measures';
import { buildCustomerCard } from '../../../src/core/crm/customer-card';
import type { CustomerRecord, InteractionRecord } from '../../../src/core/store/records';

const customer = (over: Partial<CustomerRecord> = {}): CustomerRecord => ({
  row: 2,
  id: 'C1',
  name: 'Acme',
  owners: ['a@x.com'],
  revenue: 250,
  profit: null,
  potential: null,
  categoryBudget: null,
  firstOrder: '',
  lastOrder: '',
  industry: '',
  notes: '',
  tier: 'A',
  quadrant: 'gold',
  band: 'none',
  ...over,
});

let row = 1;
const interaction = (over: Partial<InteractionRecord>): InteractionRecord => ({
  row: ++row,
  loggedAt: `2025-01-01T00:00:${String(row).padStart(2, '0')}.000Z`,
  customerId: 'C1',
  customerName: 'Acme',
  date: '2025-01-01',
  kind: 'call',
  purpose: '',
  summary: `s${row}`,
  withWhom: '',
  perceived: null,
  expected: null,
  satisfaction: '',
  dealProbability: null,
  funnel: '',
  nextStep: '',
  followUpDate: '',
  loggedBy: '',
  requestId: `r${row}`,
  ...over,
});

describe('satisfaction and funnel', () => {
  it('compares perceived with expected', () => {
    expect(satisfactionOf(2, 3)).toBe('dissatisfied');
    expect(satisfactionOf(3, 3)).toBe('satisfied');
    expect(satisfactionOf(5, 3)).toBe('delighted');
    expect(satisfactionOf(null, 3)).toBe('');
  });
  it('puts < 25 % at the top, 25–75 % in the middle, > 75 % at the bottom', () => {
    expect([0, 0.2499, 0.25, 0.75, 0.7501, 1].map(funnelBandOf)).toEqual([
      'top',
      'top',
      'middle',
      'middle',
      'bottom',
      'bottom',
    ]);
    expect(funnelBandOf(null)).toBe('');
  });
});

describe('nextYearly', () => {
  it('recurs yearly and moves 29 February to the 28th', () => {
    expect(nextYearly('1980-06-20', '2025-06-10')).toBe('2025-06-20');
    expect(nextYearly('1980-01-05', '2025-06-10')).toBe('2026-01-05');
    expect(nextYearly('2000-02-29', '2025-01-01')).toBe('2025-02-28');
    expect(nextYearly('2000-02-29', '2027-03-01')).toBe('2028-02-29');
  });
});

describe('pendingFollowUpOf', () => {
  it('takes the newest plan, overdue when its day has passed, done when a later contact came on or after it', () => {
    const plan = interaction({
      date: '2025-01-01',
      followUpDate: '2025-01-10',
      nextStep: 'call back',
    });
    expect(pendingFollowUpOf([plan], '2025-01-11')).toEqual({
      date: '2025-01-10',
      nextStep: 'call back',
      overdue: true,
    });
    expect(pendingFollowUpOf([plan], '2025-01-10')?.overdue).toBe(false);
    expect(pendingFollowUpOf([plan, interaction({ date: '2025-01-10' })], '2025-01-11')).toBeNull();
    expect(pendingFollowUpOf([plan, interaction({ date: '2025-01-05' })], '2025-01-11')?.date).toBe(
      '2025-01-10',
    );
  });
});

describe('buildCustomerCard', () => {
  it('warns when an A or B account has a single owner, and lists the last five interactions newest first', () => {
    const interactions = Array.from({ length: 7 }, (_, i) =>
      interaction({ date: `2025-01-0${i + 1}` }),
    );
    const card = buildCustomerCard({
      customer: customer(),
      tier: 'A',
      quadrant: 'gold',
      band: 'none',
      totalRevenue: 1000,
      contacts: [],
      interactions,
      today: '2025-02-01',
    });
    expect(card.singleOwnerWarning).toBe(true);
    expect(card.revenueShare).toBe(0.25);
    expect(card.recentInteractions.map((i) => i.date)).toEqual([
      '2025-01-07',
      '2025-01-06',
      '2025-01-05',
      '2025-01-04',
      '2025-01-03',
    ]);
    const c = buildCustomerCard({
      customer: customer({ owners: ['a@x.com', 'b@x.com'] }),
      tier: 'B',
      quadrant: '',
      band: '',
      totalRevenue: 0,
      contacts: [],
      interactions: [],
      today: '2025-02-01',
    });
    expect(c.singleOwnerWarning).toBe(false);
    expect(c.revenueShare).toBeNull();
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});
