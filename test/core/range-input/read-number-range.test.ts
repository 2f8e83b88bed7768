import { describe, expect, it } from 'vitest';
import { InputError, readNumberRange } from '../../../src/core/range-input';

describe('readNumberRange', () => {
  it('reads a column as Sheets passes it, NaN for blanks', () => {
    const { values, shape } = readNumberRange([[1], [''], [2.5], [' ']], 'values');
    expect(shape).toBe('column');
    expect(Array.from(values)).toEqual([1, NaN, 2.5, NaN]);
  });

  it('reads a row', () => {
    const { values, shape } = readNumberRange([[1, '', 3]], 'values');
    expect(shape).toBe('row');
    expect(Array.from(values)).toEqual([1, NaN, 3]);
  });

  it('names the argument and the place of a bad value in it (a custom function does not know where its range starts)', () => {
    const column = [[1], [2], ['twelve']];
    expect(() => readNumberRange(column, 'values')).toThrow(InputError);
    expect(() => readNumberRange(column, 'values')).toThrow(
      'the 3rd value of values is "twelve", not a number',
    );
    expect(() => readNumberRange([[1, true]], 'potential')).toThrow(
      /^the 2nd value of potential is TRUE/,
    );
  });

  it('rejects a single cell, an empty range and a block of several columns', () => {
    expect(() => readNumberRange(5, 'values')).toThrow(
      /values is a single cell; pass the whole column/,
    );
    expect(() => readNumberRange([[]], 'values')).toThrow('values is empty');
    expect(() =>
      readNumberRange(
        [
          [1, 2],
          [3, 4],
        ],
        'values',
      ),
    ).toThrow('values must be a single column or row, not 2 rows × 2 columns');
  });
});
