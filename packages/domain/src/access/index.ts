export * from './roles.ts';
export * from './decide.ts';
