import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactElement } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { queryClient } from './api/query-client.ts';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { LoginPage } from './features/login/LoginPage.tsx';
import { NotFoundPage } from './features/not-found/NotFoundPage.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { modules, type ModuleId } from './modules.ts';

// Module pages load on first visit, keeping the first load small as the modules grow.
const NotYetAvailable = lazy(() =>
  import('./features/not-yet/NotYetAvailable.tsx').then((m) => ({ default: m.NotYetAvailable })),
);
const StaffPage = lazy(() =>
  import('./features/staff/StaffPage.tsx').then((m) => ({ default: m.StaffPage })),
);
const AccountPage = lazy(() =>
  import('./features/account/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);
const ActivatePage = lazy(() =>
  import('./features/activate/ActivatePage.tsx').then((m) => ({ default: m.ActivatePage })),
);

/** The page for each module. A module that gets built replaces its `NotYetAvailable` here. */
function pageFor(id: ModuleId): ReactElement {
  switch (id) {
    case 'home':
      return <HomePage />;
    case 'staff':
      return <StaffPage />;
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
            <Route path="/konto" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
