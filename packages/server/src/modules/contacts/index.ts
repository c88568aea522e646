/** What other modules may use of contacts: everything else in this folder is its own. */
export { contactForCase, linkContactToPerson } from './contact-records.ts';
export { openHousehold } from './household.ts';
export { contactRoutes } from './routes.ts';
