/**
 * What the server says about a bad field, through the built bundle: each message names the
 * field and the real problem (the limit that was passed, the kind of value that came).
 */
import { describe, expect, it } from 'vitest';
import { newRuntime, OWNER, setUp, form, type ApiAnswer } from '../database/support';
import { call, scheduleRuntime, weekly } from '../report/schedule-support';

function refusal(answer: ApiAnswer): Record<string, string> {
  if (answer.ok) throw new Error('expected a refusal');
  expect(answer.code).toBe('invalid');
  return answer.fields ?? {};
}

describe('log form and card messages', () => {
  const rt = newRuntime();
  setUp(rt);
  const log = (overrides: Record<string, unknown>) =>
    refusal(call(rt, 'sidebarLogInteraction', [form(overrides)], OWNER));

  it('says the customer id limit is 200 and how long the id was', () => {
    expect(log({ customerId: 'x'.repeat(201) })).toEqual({
      customerId: 'Customer: at most 200 characters, got 201.',
    });
    expect(refusal(call(rt, 'sidebarCard', [{ customerId: 'x'.repeat(201) }], OWNER))).toEqual({
      customerId: 'Customer: at most 200 characters, got 201.',
    });
    expect(log({ summary: 'y'.repeat(5001) }).summary).toBe(
      'Summary: at most 5,000 characters, got 5,001.',
    );
  });

  it('says a number, a list or an object came where text belongs', () => {
    expect(log({ summary: 42 })).toEqual({ summary: 'Summary: expected text, got 42.' });
    expect(log({ withWhom: ['Ms Wang'] })).toEqual({
      withWhom: 'With whom: expected text, got a list.',
    });
    expect(log({ nextStep: { a: 1 } })).toEqual({
      nextStep: 'Next step: expected text, got an object.',
    });
    expect(refusal(call(rt, 'sidebarCard', [{ customerId: 7 }], OWNER))).toEqual({
      customerId: 'Customer: expected text, got 7.',
    });
  });
});

describe('schedule recipients messages', () => {
  const rt = scheduleRuntime();
  const save = (recipients: unknown) =>
    refusal(call(rt, 'scheduleSave', [weekly({ recipients })], OWNER)).recipients;

  it('says too many recipients, not "add at least one"', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `p${i}@example.com`);
    expect(save(many)).toBe('At most 50 recipients; there are 10,000.');
    expect(save(many.slice(0, 60).join('\n'))).toBe('At most 50 recipients; there are 60.');
  });

  it('says the recipients text is too long, with its length and the limit', () => {
    expect(save('a@example.com,'.repeat(75_000))).toBe(
      'The recipients are 1,050,000 characters long; at most 20,000 are accepted.',
    );
  });

  it('says which item of a list is not text, and that a number is not a list of addresses', () => {
    expect(save(['owner@example.com', 5])).toBe(
      'Recipients must be email addresses as text; item 2 is not text.',
    );
    expect(save(12)).toBe(
      'Recipients must be email addresses as text, one per line or separated by commas.',
    );
    expect(save('')).toBe('Add at least one recipient.');
  });
});
