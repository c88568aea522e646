export * from './plan.ts';
export * from './waiting.ts';
export * from './order.ts';
export * from './letter.ts';
