import { describe, expect, it } from 'vitest';
import { buildPyramid, summarizePyramid } from '../../../src/core/pyramid';
import { buildDigestModel, type DigestInput } from '../../../src/core/report/build-digest';
import { periodOf } from '../../../src/core/report/period';
import { HAND_MADE } from './render-fixtures';

const values = Array.from({ length: 100 }, (_, i) => (100 - i) * 10);
const base: DigestInput = {
  locale: 'en',
  spreadsheetName: 'Book',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x',
  timeZone: 'Asia/Shanghai',
  period: periodOf(new Date('2026-12-07T01:00:00Z'), 'weekly', 'Asia/Shanghai'),
  generatedAt: '2026-12-07 09:00',
  valueBasis: 'revenue',
  pyramid: buildPyramid(values),
  summary: summarizePyramid(values),
  pareto: 0.36,
  previousPareto: 0.35,
  changes: [],
  customers: [],
  watch: {
    singleOwner: [],
    notContacted: [],
    overdueFollowUps: [],
    importantDates: [],
    bValueFell: [],
  },
  noChangeNote: true,
  baseline: false,
};

describe('buildDigestModel', () => {
  it('groups changes, explains them against the pyramid now and sorts by tier then value', () => {
    const model = buildDigestModel({
      ...base,
      changes: [
        { customerId: 'c', name: 'C', from: 'C', to: 'B', value: 960 },
        { customerId: 'a', name: 'A', from: 'B', to: 'A', value: 1000 },
        { customerId: 'd', name: 'D', from: 'A', to: 'C', value: 800 },
        { customerId: 'n', name: 'N', from: null, to: 'D', value: 10 },
        { customerId: 'g', name: 'G', from: 'B', to: null, value: 3 },
      ],
    });
    expect(model.promotions.map((c) => c.customerId)).toEqual(['a', 'c']);
    expect(model.promotions[0]!.reason).toBe('revenue 1,000 is rank 1 of 100; A takes rank 1');
    expect(model.demotions.map((c) => [c.customerId, c.tier])).toEqual([['d', 'C']]);
    expect(model.newCustomers).toHaveLength(1);
    expect(model.goneCustomers[0]).toMatchObject({ tier: null, from: 'B', to: null });
    expect(model.showNoChangeNote).toBe(false);
    expect(model.period).toEqual({
      key: '2026-W50',
      frequency: 'weekly',
      start: '2026-12-07',
      end: '2026-12-13',
    });
    expect(model.pyramid.map((r) => r.customers)).toEqual([1, 4, 15, 80]);
    expect(model.pareto).toEqual({ topShare: 0.2, valueShare: 0.36, previousValueShare: 0.35 });
  });

  it('the no-change note follows the setting', () => {
    expect(buildDigestModel(base).showNoChangeNote).toBe(true);
    expect(buildDigestModel({ ...base, noChangeNote: false }).showNoChangeNote).toBe(false);
  });

  it('a baseline run is marked as one and never gets the "no tier changes" note', () => {
    const model = buildDigestModel({ ...base, baseline: true });
    expect(model).toMatchObject({ baseline: true, showNoChangeNote: false });
    expect(buildDigestModel(base).baseline).toBe(false);
  });

  it('counts the migration since the last digest, the share who kept their tier and the forecast', () => {
    // HAND_MADE, and a second row for c, which is not a second customer.
    const model = buildDigestModel({
      ...base,
      customers: [...HAND_MADE.customers, { id: 'c', tier: 'D' }],
      changes: HAND_MADE.changes,
    });
    const m = model.migration!;
    //           to A  B  C  D  Gone Total
    expect(m.table).toEqual([
      [1, 0, 0, 0, 1, 2], // from A: a stayed, g gone
      [0, 1, 1, 0, 0, 2], // from B: c stayed, d fell to C
      [0, 1, 0, 1, 0, 2], // from C: b rose to B, f fell to D
      [0, 0, 0, 1, 1, 2], // from D: e stayed, h gone
      [0, 0, 1, 0, 0, 1], // new: n in C
      [1, 2, 2, 2, 2, 9], // now per tier, gone, everyone counted
    ]);
    // a, c and e of the 8 who had a tier.
    expect(m.kept).toBe(3 / 8);
    // P(A→A) = ½, P(A→gone) = ½; B splits ½ B, ½ C; C ½ B, ½ D; D ½ D, ½ gone; one new C.
    // A: 1 × ½; B: 2 × ½ + 2 × ½; C: 2 × ½ + 1 new; D: 2 × ½ + 2 × ½; gone: 1 × ½ + 2 × ½.
    expect(m.forecast.now).toEqual([1, 2, 2, 2]);
    expect(m.forecast.expected).toEqual([0.5, 2, 2, 2]);
    expect(m.forecast.gone).toBe(1.5);
  });

  it('has no migration on a baseline, and a quiet period keeps everyone', () => {
    const customers = [
      { id: 'x', tier: 'A' as const },
      { id: 'y', tier: 'D' as const },
    ];
    expect(buildDigestModel({ ...base, customers, baseline: true }).migration).toBeNull();
    const quiet = buildDigestModel({ ...base, customers }).migration!;
    expect(quiet.table[5]).toEqual([1, 0, 0, 1, 0, 2]);
    expect(quiet.kept).toBe(1);
    expect(quiet.forecast.expected).toEqual([1, 0, 0, 1]);
    // Nobody before: no share to give.
    expect(buildDigestModel(base).migration!.kept).toBeNull();
  });
});
