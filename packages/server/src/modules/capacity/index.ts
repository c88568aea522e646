/** What other modules may use of capacity: everything else in this folder is its own. */
// First, out of order: intake's schemas extend these as they load, and capacity's own files reach
// intake again through stays (capacity → stays → intake → capacity), so they must exist first.
export { needFields } from './schema.ts';
export { assignmentsBeside, assignmentsOfStay, moveAssignmentTimes } from './assignment-times.ts';
export { currentBeds, lastUnitNames, type CurrentBed } from './current-beds.ts';
export { requirePersons } from './guard.ts';
export { capacityRoutes } from './routes.ts';
export { screenedUnitRules, screenedUnitsOf } from './screened-units.ts';
export { openAssignments, releaseBeds } from './stay-changes.ts';
export { instantOrNow, startStay } from './stays.ts';
export { loadTransitionHomes, transitionHomeView } from './transition-homes.ts';
