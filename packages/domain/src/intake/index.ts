export * from './consent.ts';
export * from './eligibility.ts';
export * from './help-needs.ts';
export * from './notification.ts';
export * from './steps.ts';
export * from './tasks.ts';
