import { describe, expect, it } from 'vitest';
import { checkForm, type FormValues } from '../../../src/pages/sidebar/form-values';

const good: FormValues = {
  kind: 'visit',
  purpose: 'emotional',
  date: '2026-02-28',
  summary: ' Lunch with the buyer ',
  withWhom: 'Wang',
  perceived: '4',
  expected: '3',
  dealProbability: '62.5',
  nextStep: 'Send the quote',
  followUpDate: '',
};
const ids = { requestId: 'req-12345678', customerId: 'C-1' };

describe('checkForm', () => {
  it('builds the payload with numbers as numbers and blanks as null', () => {
    const checked = checkForm(good, ids);
    expect(checked).toEqual({
      ok: true,
      form: {
        ...ids,
        date: '2026-02-28',
        kind: 'visit',
        purpose: 'emotional',
        summary: ' Lunch with the buyer ',
        withWhom: 'Wang',
        perceived: 4,
        expected: 3,
        dealProbability: 62.5,
        nextStep: 'Send the quote',
        followUpDate: null,
      },
    });
  });

  it('names each bad field: blank summary, 150 %, a score of 6, an impossible date', () => {
    const checked = checkForm(
      {
        ...good,
        summary: '  ',
        dealProbability: '150',
        perceived: '6',
        date: '2025-13-32',
        followUpDate: '2026-02-30',
        kind: 'fax',
      },
      ids,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual(
      ['date', 'dealProbability', 'followUpDate', 'kind', 'perceived', 'summary'].sort(),
    );
    expect(checked.problems.summary?.key).toBe('required');
    expect(checked.problems.dealProbability?.key).toBe('badPercent');
    expect(checked.problems.date?.key).toBe('badDate');
  });

  it('refuses text too long for the server and non-numbers', () => {
    const checked = checkForm(
      { ...good, withWhom: 'x'.repeat(501), expected: '2.5', dealProbability: 'x' },
      ids,
    );
    expect(checked.ok ? [] : Object.keys(checked.problems).sort()).toEqual([
      'dealProbability',
      'expected',
      'withWhom',
    ]);
  });
});
