import { InputError, readNumberRange } from '../../core/range-input';
import { paretoShare } from '../../core/pyramid';
import { readOptionalNumber } from './arguments';
import { defineCustomFunction } from './define';

/**
 * =PARETO_SHARE(values, [top_share]) → the share of total value held by the best
 * ceil(top_share × n) customers, e.g. 0.68 for the top 20% (the 80/20 check).
 * Values of 0 or less count as 0; blank rows are not customers.
 */
export function paretoShareFunction(values: unknown, topShare?: unknown): number {
  const range = readNumberRange(values, 'values');
  const share = paretoShare(range.values, readOptionalNumber(topShare, 'top_share') ?? 0.2);
  if (Number.isNaN(share)) {
    throw new InputError('values has no positive value, so there is no value to share');
  }
  return share;
}

export const PARETO_SHARE = defineCustomFunction(
  'PARETO_SHARE',
  {
    description:
      'The share of total value held by your best customers: the top ceil(top_share × n) by value. Format the cell as a percentage; about 80% is the classic 80/20 rule. Values of 0 or less count as 0; blank rows are not customers.',
    params: [
      {
        name: 'values',
        type: 'number[][]',
        description: 'One column (or row) of customer values, e.g. revenue in C2:C.',
      },
      {
        name: 'top_share',
        type: 'number',
        optional: true,
        description: 'The share of customers, best first, e.g. 20% (the default) or 0.2.',
      },
    ],
    returns: 'A fraction between 0 and 1: the share of value those customers hold.',
  },
  paretoShareFunction,
);
