import type { Feature } from '../entry-points';
import { CUSTOMER_TIER } from './customer-tier';
import { PARETO_COUNT } from './pareto-count';
import { PARETO_SHARE } from './pareto-share';
import { PYRAMID_SUMMARY } from './pyramid-summary';
import { REVENUE_BAND } from './revenue-band';
import { VALUE_MATRIX } from './value-matrix';

/** The pyramid's spreadsheet formulas. Pure: no service needing authorisation is called. */
export const customFunctionsFeature: Feature = {
  entryPoints: {
    CUSTOMER_TIER,
    PARETO_SHARE,
    PARETO_COUNT,
    PYRAMID_SUMMARY,
    VALUE_MATRIX,
    REVENUE_BAND,
  },
};
