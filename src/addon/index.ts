/**
 * Customer Pyramid's entry points: everything Apps Script may call by name. Nothing here runs
 * at load time; build.mjs reads `manifest` and emits one top-level function per entry point.
 */
import { withScopeChecks } from './consent';
import { customFunctionsFeature } from './custom-functions';
import { databaseFeature } from './database';
import { combineFeatures, type Feature } from './entry-points';
import { lifecycleFeature } from './lifecycle';
import { reportFeature } from './report';

/** Features that contribute entry points and menu items, in menu order. */
const features: readonly Feature[] = [databaseFeature(), reportFeature(), customFunctionsFeature];

/**
 * Every entry point, the full menu (features first, then About) and the trigger handlers;
 * those that need a scope check it first.
 */
export const manifest = withScopeChecks(
  combineFeatures([...features, lifecycleFeature(features.flatMap((f) => f.menu ?? []))]),
);
