import { describe, expect, it } from 'vitest';
import { buildPyramid, summarizePyramid } from '../../../src/core/pyramid';
import { buildDigestModel, type DigestInput } from '../../../src/core/report/build-digest';
import { periodOf } from '../../../src/core/report/period';

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
});
