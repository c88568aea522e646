/** What other modules may use of departures: everything else in this folder is its own. */
export { departureRoutes } from './routes.ts';
