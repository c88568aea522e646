/** What other modules may use of stays: everything else in this folder is its own. */
export { clockOf } from './household.ts';
export { stayRoutes } from './routes.ts';
