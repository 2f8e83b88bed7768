import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsTextMark, neutraliseText, neutraliseValue } from '../../../src/core/store/neutralise';

describe('neutraliseText', () => {
  it.each([
    '=1+1',
    '+1',
    '-1',
    '@x',
    '\tx',
    '\rx',
    "'quoted",
    '007',
    '1,200',
    '12%',
    'TRUE',
    '2025-01-02',
    '3/4',
    'March 3',
    ' -A1+1',
    '\u00a0+HYPERLINK("x")',
    '\u3000=1',
    '\u2003@x',
    '\u200b=1',
    '＝1+1',
    ' ＋1',
    '－A1',
    '＠x',
  ])('marks %j as text', (text) => expect(neutraliseText(text)).toBe(`'${text}`));

  it.each(['Visit', 'Called Mr Li about the 2025 budget', '拜访王总', 'a=b', ''])(
    'leaves %j alone',
    (text) => expect(neutraliseText(text)).toBe(text),
  );

  it('never touches numbers, booleans or dates', () => {
    const d = new Date();
    expect(neutraliseValue(12)).toBe(12);
    expect(neutraliseValue(true)).toBe(true);
    expect(neutraliseValue(d)).toBe(d);
  });

  it('removing the mark Sheets eats gives back the text exactly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(
              fc.constantFrom(' ', '\u00a0', '\u3000', '\t'),
              fc.constantFrom('=', '+', '－', '＠'),
              fc.string(),
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const written = neutraliseText(text);
          const stored = written.startsWith("'") ? written.slice(1) : written;
          expect(stored).toBe(text);
          // Anything whose first character after white space is a trigger is always marked.
          if (/^[\t\r']|^[\s\u200b]*[=+\-@＝＋－＠]/.test(text))
            expect(needsTextMark(text)).toBe(true);
        },
      ),
    );
  });
});
