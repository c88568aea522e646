export * from './day-service.ts';
