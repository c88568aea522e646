import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactElement } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { queryClient } from './api/query-client.ts';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { auditPage, auditRoutes } from './features/audit/routes.tsx';
import { capacityPage, capacityRoutes } from './features/capacity/routes.tsx';
import { childrenRoutes } from './features/children/routes.tsx';
import { dayServiceRoutes } from './features/day-service/routes.tsx';
import { departuresPage, departuresRoutes } from './features/departures/routes.tsx';
import { intakePage, intakeRoutes } from './features/intake/routes.tsx';
import { protectionRoutes } from './features/protection/routes.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { ensureModuleTexts } from './i18n/index.ts';
import { LoginPage } from './features/identity/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { municipalitiesPage } from './features/municipalities/routes.tsx';
import { reestablishmentRoutes } from './features/reestablishment/routes.tsx';
import { staysPage, staysRoutes } from './features/stays/routes.tsx';
import { modules, type ModuleId } from './modules.ts';

// Module pages load on first visit, keeping the first load small as the modules grow.
const NotYetAvailable = lazy(() =>
  import('./pages/NotYetAvailable.tsx').then((m) => ({ default: m.NotYetAvailable })),
);
const StaffPage = lazy(() =>
  import('./features/staff/StaffPage.tsx').then((m) => ({ default: m.StaffPage })),
);
const ContactsPage = lazy(() =>
  import('./features/contacts/ContactsPage.tsx').then((m) => ({ default: m.ContactsPage })),
);
const PartnersPage = lazy(() =>
  import('./features/partners/PartnersPage.tsx').then((m) => ({ default: m.PartnersPage })),
);
const PeoplePage = lazy(() =>
  import('./features/people/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })),
);
const NewPersonPage = lazy(() =>
  import('./features/people/NewPersonPage.tsx').then((m) => ({ default: m.NewPersonPage })),
);
const PersonPage = lazy(() =>
  import('./features/people/PersonPage.tsx').then((m) => ({ default: m.PersonPage })),
);
const AccountPage = lazy(() =>
  import('./features/identity/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);
// The new-password pages bring their texts along (`activate`).
const ChangePasswordPage = lazy(() =>
  Promise.all([
    import('./features/identity/ChangePasswordPage.tsx'),
    ensureModuleTexts('activate'),
  ]).then(([m]) => ({ default: m.ChangePasswordPage })),
);
const ActivatePage = lazy(() =>
  Promise.all([import('./features/identity/ActivatePage.tsx'), ensureModuleTexts('activate')]).then(
    ([m]) => ({ default: m.ActivatePage }),
  ),
);

/** The page for each module. A module that gets built replaces its `NotYetAvailable` here. */
function pageFor(id: ModuleId): ReactElement {
  switch (id) {
    case 'home':
      return <HomePage />;
    case 'contacts':
      return <ContactsPage />;
    case 'people':
      return <PeoplePage />;
    case 'staff':
      return <StaffPage />;
    case 'audit':
      return auditPage();
    case 'capacity':
      return capacityPage();
    case 'departures':
      return departuresPage();
    case 'intake':
      return intakePage();
    case 'stays':
      return staysPage();
    case 'municipalities':
      return municipalitiesPage();
    default:
      return <NotYetAvailable key={id} moduleId={id} />;
  }
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          {/* Before the login: open to anyone. */}
          <Route element={<PublicLayout />}>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/aktiver" element={<ActivatePage />} />
          </Route>
          {/* Everything else: only past both login steps. */}
          <Route element={<RequireAuth />}>
            {modules.map((module) => (
              <Route key={module.id} path={module.path} element={pageFor(module.id)} />
            ))}
            <Route path="/contacts/partners" element={<PartnersPage />} />
            <Route path="/people/new" element={<NewPersonPage />} />
            <Route path="/people/:id" element={<PersonPage />} />
            {dayServiceRoutes()}
            {auditRoutes()}
            {capacityRoutes()}
            {departuresRoutes()}
            {intakeRoutes()}
            {protectionRoutes()}
            {staysRoutes()}
            {childrenRoutes()}
            {reestablishmentRoutes()}
            <Route path="/konto" element={<AccountPage />} />
            <Route path="/konto/passord" element={<ChangePasswordPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
