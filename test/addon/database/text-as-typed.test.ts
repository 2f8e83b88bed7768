/**
 * Text stays the text typed, never a formula, through every path that writes user text,
 * read back from the sheets of the built bundle in the local runtime: the log form's Summary,
 * With Whom and Next Step, the customer's id and name copied into Interactions, and the ids
 * and names the report job copies into Tier History (text read from a sheet is trimmed, as
 * every read of the add-on trims it). The strings are random, biased to what Sheets reads as
 * a formula or a value once it has skipped leading white space.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, LocalAppsScript } from '../../../src/local/runtime';
import { editCustomers, historyRows, jobRuntime, sendNow } from '../report/job-support';
import { form, interactionRows, newRuntime, OWNER, setUp, type ApiAnswer } from './support';

const SPACES = ['', ' ', '  ', '\u00a0', '\u3000', '\t', '\u2003', '\u202f', '\u200b', ' \u00a0'];
const STARTS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹢', '−', "'", ''];
const TAILS = ['A1+1', '1', 'HYPERLINK("http://x.example","y")', 'SUM(A:A)', 'TRUE', ' 12%'];

/** Text that starts with spaces, then a trigger character, then anything. */
const risky = fc
  .tuple(
    fc.constantFrom(...SPACES),
    fc.constantFrom(...STARTS),
    fc.oneof(fc.constantFrom(...TAILS), fc.string({ maxLength: 30 })),
  )
  .map(([space, start, tail]) => space + start + tail);

/** Any such text that is not blank (required fields). */
const filled = risky.filter((t) => t.trim() !== '');
/** An id: as the add-on keeps it (trimmed), not blank, at most 200 characters. */
const id = risky.map((t) => t.trim().slice(0, 200)).filter((t) => t !== '');

/** Every cell of `sheet` holding a formula. */
function formulasIn(rt: LocalAppsScript, sheet: string): string[] {
  return rt.workbook
    .formulas(sheet)
    .flat()
    .filter((f) => f !== '');
}

describe('user text read back through the bundle', () => {
  it('the log form and the customer copied into Interactions keep the text as typed', () => {
    const rt = newRuntime();
    setUp(rt);
    fc.assert(
      fc.property(filled, risky, risky, id, risky, (summary, withWhom, nextStep, cid, name) => {
        // The customer's id and name as a user typed them into Customers.
        const customers = rt.workbook.values('Customers');
        customers[1]![0] = cid;
        customers[1]![1] = name;
        rt.workbook.setValues('Customers', customers);
        const answer = rt.runFromBrowser<ApiAnswer>(
          'sidebarLogInteraction',
          [form({ customerId: cid, summary, withWhom, nextStep })],
          { user: OWNER },
        ).value!;
        expect(answer.ok, JSON.stringify(answer)).toBe(true);
        const row = interactionRows(rt).at(-1)!;
        const stored: Record<string, CellValue> = {
          summary: row.Summary!,
          withWhom: row['With Whom']!,
          nextStep: row['Next Step']!,
          customerId: row['Customer ID']!,
          customerName: row['Customer Name']!,
        };
        expect(stored).toEqual({
          summary,
          withWhom,
          nextStep,
          customerId: cid,
          customerName: name.trim(),
        });
        expect(formulasIn(rt, 'Interactions')).toEqual([]);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('the report job copies ids and names into Tier History as text', () => {
    const rt = jobRuntime({ customers: 20 });
    expect(sendNow(rt)).toMatch(/baseline/);
    let n = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
        fc.array(risky),
        (ids, names) => {
          // New customers (ids not seen before) with risky names: each becomes a "new" row.
          const fresh = ids.filter((i) => !/^C\d{4}$/.test(i));
          const added = fresh.map((i, k) => ({
            'Customer ID': i,
            Name: (names[k % Math.max(1, names.length)] ?? `name ${k}`).trim(),
            Revenue: 1000 + n++,
            Owners: OWNER,
          }));
          const before = historyRows(rt).length;
          editCustomers(rt, {}, added);
          sendNow(rt);
          const rows = historyRows(rt).slice(before);
          const newRows = rows.filter((r) => r.From === '');
          expect(newRows.map((r) => [r['Customer ID'], r.Name])).toEqual(
            expect.arrayContaining(added.map((a) => [a['Customer ID'], a.Name])),
          );
          expect(formulasIn(rt, 'Tier History')).toEqual([]);
          // Gone again, so that the next sample starts from the same book.
          const kept = rt.workbook
            .values('Customers')
            .filter((r, i) => i === 0 || !fresh.includes(String(r[0])));
          rt.workbook.setValues('Customers', kept);
          sendNow(rt);
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  });
});
