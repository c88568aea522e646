import { lazy } from 'react';
import { Route } from 'react-router';

// The pages load on first visit, like the modules' pages.
const ListPage = lazy(() =>
  import('./ReestablishmentListPage.tsx').then((m) => ({ default: m.ReestablishmentListPage })),
);
const NewCasePage = lazy(() =>
  import('./NewCasePage.tsx').then((m) => ({ default: m.NewCasePage })),
);
const CasePage = lazy(() => import('./CasePage.tsx').then((m) => ({ default: m.CasePage })));

/**
 * Re-establishment under departures: the list, a new case (`ny?opphold=<stay id>` after a stay,
 * `ny?person=<person id>` for someone in a transition apartment), and one case.
 */
export function reestablishmentRoutes() {
  return (
    <>
      <Route path="/departures/reestablishment" element={<ListPage />} />
      <Route path="/departures/reestablishment/ny" element={<NewCasePage />} />
      <Route path="/departures/reestablishment/:id" element={<CasePage />} />
    </>
  );
}
