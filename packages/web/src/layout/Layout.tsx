import { SkipLink, Spinner } from '@digdir/designsystemet-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useAuthenticated } from '../auth/authenticated.ts';
import { FailedAttemptsNotice } from '../features/identity/FailedAttemptsNotice.tsx';
import { useLogContactShortcut } from '../features/contacts/shortcut.ts';
import { ShiftControl } from '../features/staff/ShiftControl.tsx';
import { Header } from './Header.tsx';
import { MainNav } from './MainNav.tsx';

/** The frame around every page behind the login: skip link, header, main menu and the page. */
export function Layout() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useLogContactShortcut(me);
  return (
    <div className="havn-app">
      <SkipLink href="#main">{t('app.skipToMain')}</SkipLink>
      <Header user={me.user} shift={<ShiftControl me={me} />} />
      <div className="havn-body">
        <MainNav />
        <main id="main" tabIndex={-1} className="havn-main">
          <FailedAttemptsNotice me={me} />
          <Suspense fallback={<Spinner aria-label={t('app.loadingPage')} data-size="lg" />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
