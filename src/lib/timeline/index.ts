export * from './types';
export * from './schema';
export * from './timeline';
export * from './url';
