import { lazy } from 'react';
import { Route } from 'react-router';
import { ensureModuleTexts } from '../../i18n/index.ts';

/** A page of this module, loaded on first visit together with the module's bokmål texts. */
const withTexts = <T,>(page: Promise<T>) =>
  Promise.all([page, ensureModuleTexts('reestablishment')]).then(([m]) => m);

const ListPage = lazy(() =>
  withTexts(import('./ReestablishmentListPage.tsx')).then((m) => ({
    default: m.ReestablishmentListPage,
  })),
);
const NewCasePage = lazy(() =>
  withTexts(import('./NewCasePage.tsx')).then((m) => ({ default: m.NewCasePage })),
);
const CasePage = lazy(() =>
  withTexts(import('./CasePage.tsx')).then((m) => ({ default: m.CasePage })),
);

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
