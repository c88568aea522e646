/** What other modules may use of centres: everything else in this folder is its own. */
export { centreName } from './lookup.ts';
export { countCentres, createCentre } from './service.ts';
export type { NewCentre } from './service.ts';
