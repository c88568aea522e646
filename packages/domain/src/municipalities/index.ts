export * from './number.ts';
