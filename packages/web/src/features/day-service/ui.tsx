import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can, type Authenticated } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { OffShiftNotice } from '../staff/OffShiftNotice.tsx';
import './day-service.css';

/** The day service's own pages: the day users and the calendar. */
export function DayServiceNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('dayService.nav.label')} className="havn-ds-subnav">
      <ul>
        <li>
          <NavLink to="/day-users" className="havn-ds-subnav__link">
            {t('dayService.nav.dayUsers')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/calendar" className="havn-ds-subnav__link">
            {t('dayService.nav.calendar')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** A line saying what is being fetched, announced politely. */
export function Loading({ text }: { text: string }) {
  return (
    <Paragraph className="havn-status__line" role="status">
      <Spinner aria-hidden data-size="sm" />
      {text}
    </Paragraph>
  );
}

/** A failed fetch: what went wrong, and a button to try again. */
export function LoadError({ error, retry }: { error: unknown; retry: () => unknown }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t(errorMessageKey(error))}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={() => void retry()}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

/**
 * A day-service page: the title, the one h1, the sub-navigation and, for those on shifts, the
 * reminder that being off shift hides records. Without the permission only a refusal (the
 * server would answer 403 anyway).
 */
export function DayServicePage({
  title,
  heading = title,
  permission,
  wide = false,
  children,
}: {
  /** The document title: never a person's name, which would stay in the browser's history. */
  title: string;
  heading?: string;
  permission: 'day_service.manage' | 'appointments.manage';
  wide?: boolean;
  children: (me: Authenticated) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  useDocumentTitle(title);
  const allowed = can(me, permission);
  return (
    <div className={`havn-page havn-ds-page${wide ? ' havn-ds-page--wide' : ''}`}>
      <PageHeading>{heading}</PageHeading>
      {allowed ? (
        <>
          <DayServiceNav />
          <OffShiftNotice me={me} />
          {children(me)}
        </>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('dayService.noAccess')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
