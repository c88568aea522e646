export * from './lockout.ts';
export * from './password-policy.ts';
export * from './sessions.ts';
