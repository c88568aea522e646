/** What other modules may use of intake: everything else in this folder is its own. */
export { intakeRoutes } from './routes.ts';
