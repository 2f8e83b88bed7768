import type { Feature } from '../entry-points';
import { CUSTOMER_TIER } from './customer-tier';
import { ORDER_TOTALS } from './order-totals';
import { PARETO_COUNT } from './pareto-count';
import { PARETO_SHARE } from './pareto-share';
import { PYRAMID_SUMMARY } from './pyramid-summary';
import { REVENUE_BAND } from './revenue-band';
import { TIER_FORECAST } from './tier-forecast';
import { TIER_MIGRATION } from './tier-migration';
import { VALUE_MATRIX } from './value-matrix';

/** The pyramid's and the orders' spreadsheet formulas. Pure: no service needing authorisation is called. */
export const customFunctionsFeature: Feature = {
  entryPoints: {
    CUSTOMER_TIER,
    PARETO_SHARE,
    PARETO_COUNT,
    PYRAMID_SUMMARY,
    VALUE_MATRIX,
    REVENUE_BAND,
    ORDER_TOTALS,
    TIER_MIGRATION,
    TIER_FORECAST,
  },
};
