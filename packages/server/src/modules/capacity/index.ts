/** What other modules may use of capacity: everything else in this folder is its own. */
export { assignmentsBeside, assignmentsOfStay, moveAssignmentTimes } from './assignment-times.ts';
export { currentBeds, type CurrentBed } from './current-beds.ts';
export { requirePersons } from './guard.ts';
export { capacityRoutes } from './routes.ts';
export { childSexes, needFields, screenedExclusions } from './schema.ts';
export { screenedUnitRules } from './screened-units.ts';
export { openAssignments, releaseBeds } from './stay-changes.ts';
export { auditStay, instantOrNow, startStay } from './stays.ts';
export { loadTransitionHomes, transitionHomeView } from './transition-homes.ts';
