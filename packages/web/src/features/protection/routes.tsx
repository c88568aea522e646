import { lazy } from 'react';
import { Route } from 'react-router';

const IncidentsPage = lazy(() =>
  import('./IncidentsPage.tsx').then((m) => ({ default: m.IncidentsPage })),
);
const ProtectionSettingsPage = lazy(() =>
  import('./ProtectionSettingsPage.tsx').then((m) => ({ default: m.ProtectionSettingsPage })),
);

/** The protection module's pages, for `<Routes>` behind the login. */
export function protectionRoutes() {
  return (
    <>
      <Route path="/stays/incidents" element={<IncidentsPage />} />
      <Route path="/intake/settings" element={<ProtectionSettingsPage />} />
    </>
  );
}
