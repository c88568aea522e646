export * from './departures.ts';
export * from './corrections.ts';
export * from './departure-time.ts';
