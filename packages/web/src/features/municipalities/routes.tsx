import { lazy } from 'react';

const AgreementsPage = lazy(() =>
  import('./AgreementsPage.tsx').then((m) => ({ default: m.AgreementsPage })),
);

/** The `municipalities` module's page, /municipalities: agreement terms per municipality. */
export const municipalitiesPage = () => <AgreementsPage />;
