import { lazy } from 'react';
import { Route } from 'react-router';

// The move-out pages load on first visit.
const MoveOutBoardPage = lazy(() =>
  import('../move-out/MoveOutBoardPage.tsx').then((m) => ({ default: m.MoveOutBoardPage })),
);
const PlanPage = lazy(() =>
  import('../move-out/PlanPage.tsx').then((m) => ({ default: m.PlanPage })),
);
const LetterPage = lazy(() =>
  import('../move-out/LetterPage.tsx').then((m) => ({ default: m.LetterPage })),
);

/** The `departures` module's page, /departures: the unit leader's move-out board. */
export const departuresPage = () => <MoveOutBoardPage />;

/** The departures module's other routes, for `<Routes>` behind the login. */
export function departuresRoutes() {
  return (
    <>
      <Route path="/departures/plan/:stayId" element={<PlanPage />} />
      <Route path="/departures/letter/:stayId" element={<LetterPage />} />
    </>
  );
}
