/** What other modules may use of protection: everything else in this folder is its own. */
export { protectionRoutes } from './routes.ts';
export { seedThreatItems } from './settings.ts';
