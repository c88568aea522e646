/** What other modules may use of system: everything else in this folder is its own. */
export { systemRoutes } from './routes.ts';
