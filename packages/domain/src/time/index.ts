export * from './overnights.ts';
