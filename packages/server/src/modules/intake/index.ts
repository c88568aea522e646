/** What other modules may use of intake: everything else in this folder is its own. */
export { consentsOfPerson } from './consents-of-person.ts';
export { intakeSummary, intakesOfStays, type IntakeSummary } from './intakes-of-stays.ts';
export { intakeRoutes } from './routes.ts';
