import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can, type Authenticated } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import '../day-service/day-service.css';
import './reestablishment.css';

export const listPath = '/departures/reestablishment';
export const casePath = (id: string) => `${listPath}/${encodeURIComponent(id)}`;

/** A back link to the list, for the pages under it. */
export function BackToList() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={listPath}>{t('reestablishment.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/**
 * A re-establishment page: the title (never a person's name: it stays in the browser's
 * history), the one h1, the off-shift reminder; without `reestablishment.manage` a refusal.
 * The day service's layout classes are shared: the pages are built the same way.
 */
export function ReestablishmentPage({
  title,
  heading = title,
  wide = false,
  children,
}: {
  title: string;
  heading?: string;
  wide?: boolean;
  children: (me: Authenticated) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(title);
  const allowed = can(me, 'reestablishment.manage');
  return (
    <div className={`havn-page havn-ds-page${wide ? ' havn-ds-page--wide' : ''}`}>
      <PageHeading>{heading}</PageHeading>
      {allowed ? (
        <>
          <OffShiftNotice me={me} />
          {children(me)}
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('reestablishment.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
