/** What other modules may use of reestablishment: everything else in this folder is its own. */
export { reestablishmentRoutes } from './routes.ts';
