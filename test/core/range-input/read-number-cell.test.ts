import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isBlankCell, readNumberCell } from '../../../src/core/range-input';

describe('readNumberCell', () => {
  it('reads finite numbers and blanks', () => {
    expect(readNumberCell(12.5)).toEqual({ kind: 'number', value: 12.5 });
    expect(readNumberCell(-3)).toEqual({ kind: 'number', value: -3 });
    expect(readNumberCell('')).toEqual({ kind: 'blank' });
    expect(readNumberCell('   ')).toEqual({ kind: 'blank' });
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell(0)).toBe(false);
  });

  it('rejects words, saying what the cell holds', () => {
    expect(readNumberCell('twelve')).toEqual({
      kind: 'invalid',
      problem: '"twelve", not a number',
    });
  });

  it.each([
    '1,204,000',
    '$1,200',
    '1204000',
    '1.204,50',
    '€ 300',
    '12%',
    '(500)',
    '-7',
    '1 000 000',
  ])('rejects the number stored as text %j with a hint to convert it', (text) => {
    const read = readNumberCell(text);
    expect(read.kind).toBe('invalid');
    expect(read.kind === 'invalid' && read.problem).toBe(
      `"${text}", a number stored as text; type it as a number or convert it with VALUE()`,
    );
  });

  it('rejects dates (also from another realm), booleans and non-finite numbers', () => {
    expect(readNumberCell(new Date(Date.UTC(2024, 0, 5)))).toEqual({
      kind: 'invalid',
      problem: 'a date (2024-01-05), not a number',
    });
    const foreign = vm.runInNewContext('new Date(Date.UTC(2023, 11, 31))');
    expect(readNumberCell(foreign)).toEqual({
      kind: 'invalid',
      problem: 'a date (2023-12-31), not a number',
    });
    expect(readNumberCell(true)).toEqual({
      kind: 'invalid',
      problem: 'TRUE (a checkbox or logical value), not a number',
    });
    expect(readNumberCell(Infinity).kind).toBe('invalid');
    expect(readNumberCell(NaN).kind).toBe('invalid');
  });

  it('shortens long text and doubles quotes inside it', () => {
    const read = readNumberCell(`say "hi" ${'x'.repeat(60)}`);
    expect(read.kind === 'invalid' && read.problem).toMatch(
      /^"say ""hi"" x+\.\.\.", not a number$/,
    );
  });
});
