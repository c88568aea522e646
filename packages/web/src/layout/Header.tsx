import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
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
      <Link asChild className="havn-user__account">
        <RouterLink to="/konto/passord">{t('account.password.link')}</RouterLink>
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

/**
 * The top bar: the name of the service, the language choice, and for a logged-in user the shift
 * control (casework roles) and who they are.
 */
export function Header({ user, shift }: { user?: CurrentUser; shift?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="havn-header">
      <RouterLink to="/" className="havn-brand">
        {t('app.name')}
      </RouterLink>
      <LanguageSwitcher />
      {shift}
      {user && <UserTools user={user} />}
    </header>
  );
}
