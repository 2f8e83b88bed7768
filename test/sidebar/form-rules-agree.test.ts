/**
 * The browser's form rules (src/sidebar/form-rules.ts, kept small for the sidebar bundle)
 * must agree with the server's validator (core/sidebar/validate.ts): same inputs, same
 * verdict, same fields blamed. This test catches the two drifting apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateInteractionForm } from '../../src/core/sidebar/validate';
import { checkForm, type FormValues } from '../../src/sidebar/form-rules';

/** What the browser would send for typed values (numbers parsed the way the form does). */
function asSent(values: FormValues): Record<string, unknown> {
  const num = (text: string) => (text.trim() === '' ? null : Number(text.trim()));
  return {
    requestId: '0b7e3f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    customerId: 'C1',
    ...values,
    perceived: num(values.perceived),
    expected: num(values.expected),
    dealProbability: num(values.dealProbability),
    followUpDate: values.followUpDate.trim() === '' ? null : values.followUpDate.trim(),
  };
}

const typed = fc.record({
  kind: fc.constantFrom('visit', 'call', 'fax', ''),
  purpose: fc.constantFrom('policy', 'emotional', 'bribe', ''),
  date: fc.constantFrom('2025-06-09', '2024-02-29', '2025-02-29', '32/13/2025', '', '2025-6-9'),
  summary: fc.constantFrom('Lunch', '  ', '', '=SUM(A1)', 'x'.repeat(5001)),
  withWhom: fc.constantFrom('', 'Wang', 'y'.repeat(501)),
  perceived: fc.constantFrom('', '1', '5', '0', '6', '2.5'),
  expected: fc.constantFrom('', '3', '7'),
  dealProbability: fc.constantFrom('', '0', '62.5', '100', '150', '-1'),
  nextStep: fc.constantFrom('', 'Quote'),
  followUpDate: fc.constantFrom('', '2025-07-01', '2025-13-01'),
});

describe('browser form rules vs the server validator', () => {
  it('give the same verdict and blame the same fields', () => {
    fc.assert(
      fc.property(typed, (values) => {
        const browser = checkForm(values, { requestId: 'r', customerId: 'C1' });
        const server = validateInteractionForm(asSent(values), 'en');
        expect(browser.ok).toBe(server.ok);
        if (!browser.ok && !server.ok)
          expect(Object.keys(browser.problems).sort()).toEqual(Object.keys(server.fields).sort());
      }),
      { numRuns: 400 },
    );
  });
});
