/** The pyramid engine: pure functions over plain arrays of numbers (NaN marks a blank row). */
export * from './assign-tiers';
export * from './bisect';
export * from './build-pyramid';
export * from './cuts';
export * from './explain-tier';
export * from './median';
export * from './pareto-count';
export * from './pareto-share';
export * from './playbook';
export * from './rank-count';
export * from './rank-of';
export * from './revenue-band';
export * from './sorted-values';
export * from './summarize-pyramid';
export * from './tier-of';
export * from './tier-rank-ranges';
export * from './value-matrix';
