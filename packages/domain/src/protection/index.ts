export * from './items.ts';
export * from './reassessment.ts';
