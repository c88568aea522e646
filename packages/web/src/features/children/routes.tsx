import { lazy } from 'react';
import { Route } from 'react-router';

// The children module's pages load on first visit, like the modules' pages.
const ChildPage = lazy(() => import('./ChildPage.tsx').then((m) => ({ default: m.ChildPage })));
const ConcernPage = lazy(() =>
  import('./ConcernPage.tsx').then((m) => ({ default: m.ConcernPage })),
);
const ConcernsOverviewPage = lazy(() =>
  import('./ConcernsOverviewPage.tsx').then((m) => ({ default: m.ConcernsOverviewPage })),
);

/** A child's page per stay, one §6 concern, and the unit leader's list of open concerns. */
export function childrenRoutes() {
  return (
    <>
      <Route path="/stays/:stayId/children/:personId" element={<ChildPage />} />
      <Route path="/child-welfare/concerns" element={<ConcernsOverviewPage />} />
      <Route path="/child-welfare/concerns/:id" element={<ConcernPage />} />
    </>
  );
}
