/** What other modules may use of day-service: everything else in this folder is its own. */
export { dayServiceRoutes } from './routes.ts';
export { staffOfCentre } from './staff.ts';
