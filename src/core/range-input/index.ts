export * from './input-error';
export * from './read-number-cell';
export * from './read-number-range';
export * from './validate-share';
export * from './is-omitted';
