/** What other modules may use of capacity: everything else in this folder is its own. */
export { requirePersons } from './guard.ts';
export { parseJson } from './model.ts';
export { capacityRoutes } from './routes.ts';
export { childSexes, needFields, screenedExclusions } from './schema.ts';
export { departStay, openAssignments } from './stay-changes.ts';
export { auditStay, instantOrNow, startStay } from './stays.ts';
export { loadTransitionHomes, transitionHomeView } from './transition-homes.ts';
