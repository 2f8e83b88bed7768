/**
 * Promise 8 for email: whatever a user typed into any field the digest shows (names, ids,
 * owners, contacts, reasons, next steps, the spreadsheet's name and URL) appears in the HTML
 * only escaped — it adds no `<`, `>` or quote of its own — and verbatim in the text part,
 * in English and Chinese.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n';
import type { DigestModel } from '../../../src/core/report/digest-model';
import { renderDigest } from '../../../src/core/report/render';
import { escapeHtml, safeHttpUrl } from '../../../src/core/report/render/escape';
import { BUSY_WEEK, XSS_NAME } from './render-fixtures';

/** Puts `s` into one customer-provided field of the busy week. */
type Place = (s: string) => DigestModel;

const w = BUSY_WEEK.watch;
const PLACES: Record<string, Place> = {
  'promotion name': (s) => ({
    ...BUSY_WEEK,
    promotions: [{ ...BUSY_WEEK.promotions[1]!, name: s }],
  }),
  'promotion id': (s) => ({
    ...BUSY_WEEK,
    promotions: [{ ...BUSY_WEEK.promotions[1]!, customerId: s }],
  }),
  'demotion reason': (s) => ({
    ...BUSY_WEEK,
    demotions: [{ ...BUSY_WEEK.demotions[0]!, reason: s }],
  }),
  'new customer name': (s) => ({
    ...BUSY_WEEK,
    newCustomers: [{ ...BUSY_WEEK.newCustomers[0]!, name: s }],
  }),
  'gone customer id': (s) => ({
    ...BUSY_WEEK,
    goneCustomers: [{ ...BUSY_WEEK.goneCustomers[0]!, customerId: s }],
  }),
  owner: (s) => ({
    ...BUSY_WEEK,
    watch: { ...w, singleOwner: [{ ...w.singleOwner[1]!, owners: [s] }] },
  }),
  'single-owner name': (s) => ({
    ...BUSY_WEEK,
    watch: { ...w, singleOwner: [{ ...w.singleOwner[1]!, name: s }] },
  }),
  'not-contacted name': (s) => ({
    ...BUSY_WEEK,
    watch: { ...w, notContacted: [{ ...w.notContacted[0]!, name: s }] },
  }),
  'next step': (s) => ({
    ...BUSY_WEEK,
    watch: { ...w, overdueFollowUps: [{ ...w.overdueFollowUps[0]!, nextStep: s }] },
  }),
  contact: (s) => ({
    ...BUSY_WEEK,
    watch: { ...w, importantDates: [{ ...w.importantDates[0]!, contact: s }] },
  }),
  'value-fell id': (s) => ({
    ...BUSY_WEEK,
    watch: { ...w, bValueFell: [{ ...w.bValueFell[0]!, customerId: s }] },
  }),
  'spreadsheet name': (s) => ({ ...BUSY_WEEK, spreadsheetName: s }),
  'spreadsheet URL': (s) => ({ ...BUSY_WEEK, spreadsheetUrl: s }),
};

const count = (text: string, ch: string): number => text.split(ch).length - 1;

/** The hostile text may only change the HTML by its escaped self. */
function expectEscaped(place: Place, s: string, benign: string, locale: Locale): void {
  const hostile = renderDigest({ ...place(s), locale });
  const plain = renderDigest({ ...place(benign), locale });
  for (const ch of ['<', '>', '"', "'"]) {
    expect(count(hostile.html, ch), `${JSON.stringify(ch)} in the HTML`).toBe(
      count(plain.html, ch),
    );
  }
  expect(hostile.html).toContain(escapeHtml(s));
  expect(hostile.text).toContain(s);
}

/** Strings rich in markup, quotes, entities, placeholders and non-ASCII. */
const nasty = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      ' ',
      'a',
      'b',
      'img',
      'script',
      '{name}',
      '$&',
      '中',
      '\n',
      '&lt;',
    ),
  }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    XSS_NAME,
    '"><svg onload=alert(1)>',
    "' onmouseover='x",
    '</td></tr></table>',
    '&amp;lt;',
  ),
);

describe('customer-provided text in the digest', () => {
  for (const [field, place] of Object.entries(PLACES)) {
    it(`is escaped in the HTML and verbatim in the text: ${field}`, () => {
      fc.assert(
        fc.property(nasty, fc.constantFrom<Locale>('en', 'zh'), (raw, locale) => {
          if (field === 'spreadsheet URL') {
            // Both a linkable URL (in the href attribute) and one shown as text.
            const url = `https://docs.example.com/${raw}`;
            expectEscaped(
              place,
              url,
              safeHttpUrl(url) ? 'https://docs.example.com/x' : 'not a link',
              locale,
            );
            expectEscaped(
              place,
              raw,
              safeHttpUrl(raw) ? 'https://docs.example.com/x' : 'not a link',
              locale,
            );
          } else {
            expectEscaped(place, raw, raw === '' ? '' : 'x', locale); // an empty note is left out
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('escapes the five characters that matter, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> 中`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; 中',
    );
  });
});
