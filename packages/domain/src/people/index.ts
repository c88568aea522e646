export * from './duplicates.ts';
export * from './national-id.ts';
