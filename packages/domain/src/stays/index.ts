export * from './clock.ts';
export * from './journal.ts';
export * from './home-municipality.ts';
