/**
 * Orders and behaviour over time: value windows, per-customer figures from order lines
 * (value, trend, frequency, retention, status, share of wallet, lifecycle stage), the tier
 * migration matrix and its Markov forecast. Pure: the time zone comes in as a function.
 */
export * from './aggregate-orders';
export * from './cell-column';
export * from './customer-key';
export * from './customer-status';
export * from './lifecycle-stage';
export * from './order-totals';
export * from './share-of-wallet';
export * from './tier-cell';
export * from './tier-forecast';
export * from './tier-migration';
export * from './totals-window';
export * from './trend';
export * from './value-window';
export * from './window-days';
export * from './zone-offset';
