export * from './access/index.ts';
export * from './capacity/index.ts';
export * from './audit/index.ts';
export * from './errors/codes.ts';
export * from './identity/index.ts';
export * from './municipalities/index.ts';
export * from './time/index.ts';
export * from './people/index.ts';
