import { SkipLink, Spinner } from '@digdir/designsystemet-react';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Header } from './Header.tsx';

/**
 * The frame around the pages before the login (log in, activate an account) and while the login
 * is being checked: header with the language choice, no menu, one narrow column.
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="havn-app">
      <SkipLink href="#main">{t('app.skipToMain')}</SkipLink>
      <Header />
      <main id="main" tabIndex={-1} className="havn-main havn-main--public">
        <Suspense fallback={<Spinner aria-label={t('app.loadingPage')} data-size="lg" />}>
          {children ?? <Outlet />}
        </Suspense>
      </main>
    </div>
  );
}
