import { lazy } from 'react';
import { Route } from 'react-router';

// The capacity pages load on first visit; the history page brings recharts along, lazily too.
const BoardPage = lazy(() => import('./BoardPage.tsx').then((m) => ({ default: m.BoardPage })));
const FindPlacePage = lazy(() =>
  import('./FindPlacePage.tsx').then((m) => ({ default: m.FindPlacePage })),
);
const HistoryPage = lazy(() =>
  import('./HistoryPage.tsx').then((m) => ({ default: m.HistoryPage })),
);
const ConfigurationPage = lazy(() =>
  import('./ConfigurationPage.tsx').then((m) => ({ default: m.ConfigurationPage })),
);

/** The `capacity` module's page, /capacity ("Plasser og belegg"): the live board. */
export const capacityPage = () => <BoardPage />;

/** The capacity module's other routes, for `<Routes>` behind the login. */
export function capacityRoutes() {
  return (
    <>
      <Route path="/capacity/find" element={<FindPlacePage />} />
      <Route path="/capacity/history" element={<HistoryPage />} />
      <Route path="/capacity/configuration" element={<ConfigurationPage />} />
    </>
  );
}
