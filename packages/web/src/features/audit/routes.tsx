import { lazy } from 'react';
import { Route } from 'react-router';

// The audit pages load on first visit, like the other modules' pages.
const LazyAuditPage = lazy(() => import('./AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const StaffActivityPage = lazy(() =>
  import('./StaffActivityPage.tsx').then((m) => ({ default: m.StaffActivityPage })),
);

/** The `audit` module's page, /audit ("Logg over innsyn"). */
export const auditPage = () => <LazyAuditPage />;

/** The audit module's other routes, for `<Routes>` behind the login: one staff member's activity. */
export function auditRoutes() {
  return <Route path="/audit/staff/:id" element={<StaffActivityPage />} />;
}
