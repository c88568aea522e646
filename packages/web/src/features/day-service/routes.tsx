import { lazy } from 'react';
import { Route } from 'react-router';

// The day service's pages load on first visit, like the modules' pages.
const DayUsersPage = lazy(() =>
  import('./DayUsersPage.tsx').then((m) => ({ default: m.DayUsersPage })),
);
const NewDayUserPage = lazy(() =>
  import('./NewDayUserPage.tsx').then((m) => ({ default: m.NewDayUserPage })),
);
const DayUserPage = lazy(() =>
  import('./DayUserPage.tsx').then((m) => ({ default: m.DayUserPage })),
);
const CalendarPage = lazy(() =>
  import('./CalendarPage.tsx').then((m) => ({ default: m.CalendarPage })),
);
const NewAppointmentPage = lazy(() =>
  import('./NewAppointmentPage.tsx').then((m) => ({
    default: m.NewAppointmentPage,
  })),
);

/**
 * The day service's routes, for `<Routes>` behind the login: day users (`/day-users/ny` takes
 * `?fraKontakt=<contact id>`), and the calendar (`/calendar/ny` takes `?person=&sak=&dato=`).
 */
export function dayServiceRoutes() {
  return (
    <>
      <Route path="/day-users" element={<DayUsersPage />} />
      <Route path="/day-users/ny" element={<NewDayUserPage />} />
      <Route path="/day-users/:id" element={<DayUserPage />} />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/calendar/ny" element={<NewAppointmentPage />} />
    </>
  );
}
