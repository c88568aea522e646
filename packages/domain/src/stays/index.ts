export * from './clock.ts';
export * from './journal.ts';
