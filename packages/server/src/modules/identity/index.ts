/** What other modules may use of identity: everything else in this folder is its own. */
export { identityRoutes } from './routes.ts';
