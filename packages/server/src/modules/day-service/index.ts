/** What other modules may use of day-service: everything else in this folder is its own. */
export { appointmentsOfPersons, jointMeetingsOfPersons } from './person-calendar.ts';
export { dayServiceRoutes } from './routes.ts';
