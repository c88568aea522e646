/** What other modules may use of capacity: everything else in this folder is its own. */
export { assignmentsBeside, assignmentsOfStay, moveAssignmentTimes } from './assignment-times.ts';
export { requirePersons } from './guard.ts';
export { parseJson } from './model.ts';
export { capacityRoutes } from './routes.ts';
export { childSexes, needFields, screenedExclusions } from './schema.ts';
export { openAssignments, releaseBeds } from './stay-changes.ts';
export { auditStay, instantOrNow, startStay } from './stays.ts';
export { loadTransitionHomes, transitionHomeView } from './transition-homes.ts';
