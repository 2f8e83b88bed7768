/** The latency model reproduces the published measurements it is calibrated against. */
import { describe, expect, it } from 'vitest';
import {
  appsScriptLatency,
  estimateCase,
  PUBLISHED_CASES,
} from '../../../src/local/runtime/host/latency';

describe('latency model calibration', () => {
  it.each(PUBLISHED_CASES.map((c) => [c.name, c] as const))(
    '%s: the estimate is within 15 % of the published figure',
    (_, c) => {
      const estimate = estimateCase(appsScriptLatency, c);
      expect(Math.abs(estimate - c.publishedMs) / c.publishedMs).toBeLessThanOrEqual(0.15);
    },
  );
});
