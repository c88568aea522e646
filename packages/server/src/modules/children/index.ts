/** What other modules may use of children: everything else in this folder is its own. */
export { childrenRoutes } from './routes.ts';
