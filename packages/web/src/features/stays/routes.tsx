import { lazy } from 'react';
import { Route } from 'react-router';

// The stay pages load on first visit, like the modules' pages.
const ResidentsPage = lazy(() =>
  import('./ResidentsPage.tsx').then((m) => ({ default: m.ResidentsPage })),
);
const StayPage = lazy(() => import('./StayPage.tsx').then((m) => ({ default: m.StayPage })));

/** The `stays` module's page, /stays: the residents' essentials for everyone on duty. */
export const staysPage = () => <ResidentsPage />;

/** The stay module's other routes, for `<Routes>` behind the login. */
export function staysRoutes() {
  return <Route path="/stays/:id" element={<StayPage />} />;
}
