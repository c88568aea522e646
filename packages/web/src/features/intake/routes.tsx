import { lazy } from 'react';
import { Route } from 'react-router';

const IntakeListPage = lazy(() =>
  import('./IntakeListPage.tsx').then((m) => ({ default: m.IntakeListPage })),
);
const IntakeWizardPage = lazy(() =>
  import('./IntakeWizardPage.tsx').then((m) => ({ default: m.IntakeWizardPage })),
);

/** The `intake` module's page, /intake: the intakes going on, and starting a new one. */
export const intakePage = () => <IntakeListPage />;

/** The intake module's other routes, for `<Routes>` behind the login. */
export function intakeRoutes() {
  return <Route path="/intake/:id" element={<IntakeWizardPage />} />;
}
