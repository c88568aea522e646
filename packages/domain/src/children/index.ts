export * from './children.ts';
export * from './concerns.ts';
export * from './message.ts';
