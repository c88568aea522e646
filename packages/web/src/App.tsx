import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactElement } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client.ts';
import { HomePage } from './features/home/HomePage.tsx';
import { NotFoundPage } from './features/not-found/NotFoundPage.tsx';
import { Layout } from './layout/Layout.tsx';
import { modules, type ModuleId } from './modules.ts';

// Module pages load on first visit, keeping the first load small as the modules grow.
const NotYetAvailable = lazy(() =>
  import('./features/not-yet/NotYetAvailable.tsx').then((m) => ({ default: m.NotYetAvailable })),
);

/** The page for each module. A module that gets built replaces its `NotYetAvailable` here. */
function pageFor(id: ModuleId): ReactElement {
  switch (id) {
    case 'home':
      return <HomePage />;
    default:
      return <NotYetAvailable key={id} moduleId={id} />;
  }
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; anything else gets one more try.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            {modules.map((module) => (
              <Route key={module.id} path={module.path} element={pageFor(module.id)} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
