export * from './roles.ts';
export * from './decide.ts';
export * from './records.ts';
export * from './grants.ts';
export * from './contact-notes.ts';
