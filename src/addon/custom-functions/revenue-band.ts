import { readNumberRange } from '../../core/range-input';
import { BAND_LABELS } from '../../core/crm/vocabulary';
import { revenueBand, scaleBandThresholds } from '../../core/pyramid';
import { readLanguage, readNumberList, readOptionalNumber, toSheetShape } from './arguments';
import { defineCustomFunction } from './define';

/**
 * =REVENUE_BAND(values, [thresholds], [coefficient], [language]) → a column of band names:
 * Diamond, Platinum, Gold, VIP, or blank below VIP. A value at or above a threshold ×
 * coefficient is in that band (default thresholds 5,000,000 / 2,000,000 / 200,000 / 10,000).
 */
export function revenueBandFunction(
  values: unknown,
  thresholds?: unknown,
  coefficient?: unknown,
  language?: unknown,
): (string | number)[][] {
  // Fixed thresholds give one customer a defined band: a single cell is banded row by row.
  const range = readNumberRange(values, 'values', { single: true });
  const scaled = scaleBandThresholds(
    readNumberList(thresholds, 'thresholds'),
    readOptionalNumber(coefficient, 'coefficient'),
  );
  const locale = readLanguage(language);
  return toSheetShape(
    range.values,
    range.shape,
    (value) => BAND_LABELS[revenueBand(value, scaled)][locale],
  );
}

export const REVENUE_BAND = defineCustomFunction(
  'REVENUE_BAND',
  {
    description:
      'Bands customers by fixed annual-revenue thresholds: Diamond, Platinum, Gold or VIP when revenue is at or above that threshold × coefficient; blank below VIP. Default thresholds 5,000,000 / 2,000,000 / 200,000 / 10,000.',
    params: [
      {
        name: 'values',
        type: 'number[][]',
        description:
          'One column (or row) of annual revenue per customer, e.g. C2:C, or one cell (D2) to band row by row.',
      },
      {
        name: 'thresholds',
        type: 'number[][]',
        optional: true,
        description:
          'Four amounts, highest first, for Diamond, Platinum, Gold and VIP. Default {5000000, 2000000, 200000, 10000}.',
      },
      {
        name: 'coefficient',
        type: 'number',
        optional: true,
        description:
          'Regional factor the thresholds are multiplied by, e.g. 0.85 for a smaller region. Default 1.',
      },
      {
        name: 'language',
        type: 'string',
        optional: true,
        description: '"en" or "zh" for the names; by default the spreadsheet locale.',
      },
    ],
    returns: 'A column of band names, blank below VIP and where values is blank.',
  },
  revenueBandFunction,
);
