export * from './departures.ts';
export * from './corrections.ts';
