import { InputError, readNumberRange } from '../../core/range-input';
import { QUADRANT_LABELS } from '../../core/crm/vocabulary';
import { valueMatrix } from '../../core/pyramid';
import { readLanguage, readOptionalNumber, toSheetShape } from './arguments';
import { defineCustomFunction } from './define';

/**
 * =VALUE_MATRIX(current, potential, [current_cut], [potential_cut], [language]) → a column
 * of quadrant names: Platinum (high value, high potential), Gold (high value, low
 * potential), Iron (low value, high potential), Lead (low, low). "High" means at or above
 * the cut; each cut defaults to its column's median.
 */
export function valueMatrixFunction(
  current: unknown,
  potential: unknown,
  currentCut?: unknown,
  potentialCut?: unknown,
  language?: unknown,
): (string | number)[][] {
  const cuts = {
    current: readOptionalNumber(currentCut, 'current_cut'),
    potential: readOptionalNumber(potentialCut, 'potential_cut'),
  };
  // With both cuts given, one customer's quadrant is defined: single cells are accepted. A
  // median cut ranks among customers, so then a single cell is refused.
  const single = cuts.current !== undefined && cuts.potential !== undefined;
  const currentRange = readNumberRange(current, 'current', { single });
  const potentialRange = readNumberRange(potential, 'potential', { single });
  if (currentRange.shape !== potentialRange.shape) {
    throw new InputError(
      `current is a ${currentRange.shape} but potential is a ${potentialRange.shape}; pass two columns`,
    );
  }
  const { quadrants } = valueMatrix(currentRange.values, potentialRange.values, cuts);
  const locale = readLanguage(language);
  return toSheetShape(currentRange.values, currentRange.shape, (_value, i) => {
    const quadrant = quadrants[i];
    return quadrant ? QUADRANT_LABELS[quadrant][locale] : '';
  });
}

export const VALUE_MATRIX = defineCustomFunction(
  'VALUE_MATRIX',
  {
    description:
      'Places each customer in the value × potential matrix: Platinum (high value, high potential), Gold (high value, low potential), Iron (low value, high potential), Lead (low, low). High means at or above the cut; each cut defaults to the median of its column.',
    params: [
      {
        name: 'current',
        type: 'number[][]',
        description: 'One column of current value per customer, e.g. revenue in C2:C.',
      },
      {
        name: 'potential',
        type: 'number[][]',
        description: 'One column of growth potential per customer, the same size as current.',
      },
      {
        name: 'current_cut',
        type: 'number',
        optional: true,
        description:
          'Current value at or above which a customer counts as high value. Default: the median.',
      },
      {
        name: 'potential_cut',
        type: 'number',
        optional: true,
        description:
          'Potential at or above which a customer counts as high potential. Default: the median.',
      },
      {
        name: 'language',
        type: 'string',
        optional: true,
        description: '"en" or "zh" for the names; by default the spreadsheet locale.',
      },
    ],
    returns: 'A column of quadrant names, blank where both inputs are blank.',
  },
  valueMatrixFunction,
);
