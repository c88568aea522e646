import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { useLogout } from '../../auth/useLogout.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';

/** /konto: who I am in Havn, changing my password, and logging out on every device at once. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const { user } = useAuthenticated();
  const { logout, pending, failed } = useLogout();
  const logoutAllId = useId();
  const passwordId = useId();
  return (
    <div className="havn-page">
      <PageHeading>{t('account.title')}</PageHeading>
      <dl className="havn-facts" aria-label={t('account.details')}>
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{user.displayName}</dd>
        </div>
        <div>
          <dt>{t('account.username')}</dt>
          <dd>{user.username}</dd>
        </div>
        <div>
          <dt>{t('account.centre')}</dt>
          <dd>{user.centreName}</dd>
        </div>
        <div>
          <dt>{t('account.roles')}</dt>
          <dd className="havn-tags">
            {user.roles.map((role) => (
              <Tag key={role} data-color="neutral" data-size="sm">
                {t(`roles.${role}`)}
              </Tag>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('account.cleared')}</dt>
          <dd>
            {user.clearedForPersonalData ? t('common.yes') : t('common.no')}
            <span className="havn-facts__help">{t('account.clearedHelp')}</span>
          </dd>
        </div>
      </dl>
      <section className="havn-status" aria-labelledby={passwordId}>
        <Heading level={2} data-size="xs" id={passwordId}>
          {t('account.password.heading')}
        </Heading>
        <Paragraph>{t('account.password.text')}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/konto/passord">{t('account.password.link')}</RouterLink>
          </Link>
        </Paragraph>
      </section>
      <section className="havn-status" aria-labelledby={logoutAllId}>
        <Heading level={2} data-size="xs" id={logoutAllId}>
          {t('account.logoutAll.heading')}
        </Heading>
        <Paragraph>{t('account.logoutAll.text')}</Paragraph>
        {failed && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('account.logoutFailed')}</Paragraph>
          </Alert>
        )}
        <div>
          <Button variant="secondary" loading={pending} onClick={() => void logout(true)}>
            {t('account.logoutAll.button')}
          </Button>
        </div>
      </section>
    </div>
  );
}
