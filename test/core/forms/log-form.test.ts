import { describe, expect, it } from 'vitest';
import { validateInteractionForm } from '../../../src/core/forms/log-form';

const good = {
  requestId: 'abcdef12-3456',
  customerId: 'C1',
  date: '2025-06-01',
  kind: 'visit',
  purpose: 'policy',
  summary: '=SUM(A1)',
};

describe('validateInteractionForm', () => {
  it('accepts a minimal form, keeps text as typed and turns percent into a fraction', () => {
    const r = validateInteractionForm({ ...good, dealProbability: 60, perceived: '' }, 'en');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.form.summary).toBe('=SUM(A1)');
    expect(r.form.dealProbability).toBe(0.6);
    expect(r.form.perceived).toBeNull();
  });

  it('names every bad field', () => {
    const r = validateInteractionForm(
      {
        ...good,
        summary: ' ',
        date: '32/13/2025',
        dealProbability: 150,
        kind: 'x',
        requestId: '1',
      },
      'en',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields).toEqual({
      requestId: 'The form has no valid request id; reload the sidebar.',
      date: 'Date: expected a date like 2025-12-31, got "32/13/2025".',
      kind: 'Kind: choose one of the list.',
      summary: 'Summary is required.',
      dealProbability: 'Deal probability: expected a percentage from 0 to 100, got 150.',
    });
  });

  it('refuses what is not a form', () => {
    for (const input of [null, 'x', [good], 5])
      expect(validateInteractionForm(input, 'zh').ok).toBe(false);
  });
});
