export * from './reestablishment.ts';
