export * from './types.ts';
export * from './beds.ts';
export * from './fit.ts';
export * from './find-places.ts';
export * from './alerts.ts';
export * from './occupancy.ts';
export * from './seeds.ts';
export * from './household.ts';
