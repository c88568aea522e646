import { SkipLink, Spinner } from '@digdir/designsystemet-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Header } from './Header.tsx';
import { MainNav } from './MainNav.tsx';

/** The frame around every page: skip link, header, main menu and the page itself. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="havn-app">
      <SkipLink href="#main">{t('app.skipToMain')}</SkipLink>
      <Header />
      <div className="havn-body">
        <MainNav />
        <main id="main" tabIndex={-1} className="havn-main">
          <Suspense fallback={<Spinner aria-label={t('app.loadingPage')} data-size="lg" />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
