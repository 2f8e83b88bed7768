export * from './schedule';
export * from './digest-model';
