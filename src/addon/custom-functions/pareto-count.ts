import { InputError, readNumberRange } from '../../core/range-input';
import { paretoCount } from '../../core/pyramid';
import { readOptionalNumber } from './arguments';
import { defineCustomFunction } from './define';

/**
 * =PARETO_COUNT(values, [value_share]) → the smallest share of customers, best first, that
 * holds value_share (default 80%) of total value. Values of 0 or less count as 0.
 */
export function paretoCountFunction(values: unknown, valueShare?: unknown): number {
  const range = readNumberRange(values, 'values');
  const result = paretoCount(range.values, readOptionalNumber(valueShare, 'value_share') ?? 0.8);
  if (Number.isNaN(result.share)) {
    throw new InputError('values has no positive value, so no customers hold any value');
  }
  return result.share;
}

export const PARETO_COUNT = defineCustomFunction(
  'PARETO_COUNT',
  {
    description:
      'The smallest share of customers, best first, that together hold value_share of total value (the other side of the 80/20 rule). Values of 0 or less count as 0; blank rows are not customers.',
    params: [
      {
        name: 'values',
        type: 'number[][]',
        description: 'One column (or row) of customer values, e.g. revenue in C2:C.',
      },
      {
        name: 'value_share',
        type: 'number',
        optional: true,
        description: 'The share of total value to reach, e.g. 80% (the default) or 0.8.',
      },
    ],
    returns: 'A fraction between 0 and 1: the share of customers needed.',
  },
  paretoCountFunction,
);
