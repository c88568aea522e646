/** What other modules may use of people: everything else in this folder is its own. */
export { personOfEarlierRecord } from './earlier-records.ts';
export { insertPerson } from './insert-person.ts';
export { displayName } from './person-records.ts';
export { personNames, personSummaries, type PersonSummary } from './summaries.ts';
export { peopleRoutes } from './routes.ts';
