export * from './people.ts';
export * from './duplicates.ts';
export * from './national-id.ts';
