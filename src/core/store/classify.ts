/**
 * Tier, value-matrix quadrant and revenue band of every customer, by the pyramid engine and
 * the team's settings. What Recalculate tiers writes and the card falls back on.
 */
import { assignTiers, revenueBand, scaleBandThresholds, valueMatrix } from '../pyramid';
import type { Band, Quadrant, Tier } from '../crm/vocabulary';
import type { CustomerRecord } from './records';
import type { TeamSettings } from './settings';

export interface Classification {
  readonly tier: Tier | '';
  readonly quadrant: Quadrant | '';
  readonly band: Band | '';
}

const valueOf = (n: number | null): number => (n === null ? NaN : n);

/**
 * Classifies customers in input order. A customer without a value (revenue or profit, per
 * the settings) has no tier; without potential, no quadrant; without revenue, no band.
 * Throws the engine's InputError when the settings are inconsistent.
 */
export function classifyCustomers(
  customers: readonly CustomerRecord[],
  settings: TeamSettings,
): Classification[] {
  const n = customers.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    values[i] = valueOf(settings.valueBasis === 'profit' ? c.profit : c.revenue);
  }
  const tiers = assignTiers(values, settings.tierCuts);
  // The matrix needs both axes: customers missing either are left out of it.
  const paired: number[] = [];
  for (let i = 0; i < n; i++)
    if (!Number.isNaN(values[i]!) && customers[i]!.potential !== null) paired.push(i);
  const matrix = valueMatrix(
    paired.map((i) => values[i]!),
    paired.map((i) => customers[i]!.potential!),
    {
      ...(settings.matrixValueCut !== null ? { current: settings.matrixValueCut } : {}),
      ...(settings.matrixPotentialCut !== null ? { potential: settings.matrixPotentialCut } : {}),
    },
  );
  const quadrants = new Array<Quadrant | ''>(n).fill('');
  paired.forEach((i, k) => (quadrants[i] = matrix.quadrants[k] ?? ''));
  const thresholds = scaleBandThresholds(settings.bandThresholds, settings.bandCoefficient);
  return customers.map((c, i) => ({
    tier: tiers[i] ?? '',
    quadrant: quadrants[i]!,
    band: c.revenue === null ? '' : revenueBand(c.revenue, thresholds),
  }));
}
