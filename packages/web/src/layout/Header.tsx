import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CurrentUser } from '../auth/me.ts';
import { useLogout } from '../auth/useLogout.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/** Who is logged in, where, a way to their account page and out. */
function UserTools({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { logout, pending, failed } = useLogout();
  return (
    <div className="havn-user" role="group" aria-label={t('account.menuLabel')}>
      <p className="havn-user__who">
        <span className="havn-user__name">{user.displayName}</span>
        <span className="havn-user__centre">{user.centreName}</span>
      </p>
      <Link asChild className="havn-user__account">
        <RouterLink to="/konto">{t('account.title')}</RouterLink>
      </Link>
      <Button
        variant="secondary"
        data-size="sm"
        aria-busy={pending || undefined}
        disabled={pending}
        onClick={() => void logout()}
      >
        {t('account.logout')}
      </Button>
      {failed && (
        <Alert data-color="danger" role="alert" className="havn-user__error">
          <Paragraph data-size="sm">{t('account.logoutFailed')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** The top bar: the name of the service, the logged-in user (if any) and the language choice. */
export function Header({ user }: { user?: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <header className="havn-header">
      <RouterLink to="/" className="havn-brand">
        {t('app.name')}
      </RouterLink>
      <LanguageSwitcher />
      {user && <UserTools user={user} />}
    </header>
  );
}
