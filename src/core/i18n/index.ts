export * from './locale';
export * from './format';
