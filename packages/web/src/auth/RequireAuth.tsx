import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessageKey } from '../api/errors.ts';
import { Layout } from '../layout/Layout.tsx';
import { PageHeading, useDocumentTitle } from '../layout/page.tsx';
import { PublicLayout } from '../layout/PublicLayout.tsx';
import { ensureLoggedInTexts } from '../i18n/index.ts';
import { AuthenticatedContext } from './authenticated.ts';
import type { LoginState } from './return-path.ts';
import { useMe } from './me.ts';

function CheckingLogin() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Spinner aria-label={t('auth.checking')} data-size="lg" />
    </PublicLayout>
  );
}

function CannotCheckLogin({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  return (
    <PublicLayout>
      <div className="havn-page">
        <PageHeading>{t('app.name')}</PageHeading>
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(errorMessageKey(error))}</Paragraph>
        </Alert>
        <div>
          <Button variant="secondary" onClick={retry}>
            {t('common.retry')}
          </Button>
        </div>
      </div>
    </PublicLayout>
  );
}

/**
 * Every page but the login and activation pages: only for a user past both login steps. Anyone
 * else goes to /login, which shows the step they are at and then brings them back here.
 */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const texts = useQuery({
    queryKey: ['texts', 'logged-in'],
    queryFn: () => ensureLoggedInTexts().then(() => true),
    enabled: me.data?.state === 'authenticated',
    staleTime: Infinity,
  });
  // A failed refetch keeps the last answer: a network blip does not throw anyone out.
  if (me.data === undefined) {
    if (me.isError) return <CannotCheckLogin error={me.error} retry={() => void me.refetch()} />;
    return <CheckingLogin />;
  }
  if (me.data.state !== 'authenticated') {
    const state: LoginState = {
      from: { pathname: location.pathname, search: location.search, hash: location.hash },
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (texts.data === undefined) {
    if (texts.isError)
      return <CannotCheckLogin error={texts.error} retry={() => void texts.refetch()} />;
    return <CheckingLogin />;
  }
  return (
    <AuthenticatedContext value={me.data}>
      <Layout />
    </AuthenticatedContext>
  );
}
