export * from './number.ts';
export * from './search.ts';
