/** What other modules may use of move-out: everything else in this folder is its own. */
export { moveOutRoutes } from './routes.ts';
