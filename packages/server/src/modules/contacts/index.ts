/** What other modules may use of contacts: everything else in this folder is its own. */
export { openHousehold } from './household.ts';
export { contactRoutes } from './routes.ts';
