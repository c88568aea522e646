/** What other modules may use of stays: everything else in this folder is its own. */
export { correctStayTimes } from './correct-stay-times.ts';
export { endStay } from './end-stay.ts';
export { clockOf } from './household.ts';
export { stayRoutes } from './routes.ts';
export { beginStay, type NewStay } from './start-stay.ts';
export {
  currentStaysOfCentre,
  otherStaysOf,
  stayMembers,
  stayOfCentre,
  staysByIds,
  staysOfPersons,
} from './stay-records.ts';
export { assignResponsible, raiseVacate, updatePlacement } from './stay-updates.ts';
