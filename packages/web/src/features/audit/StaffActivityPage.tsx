import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { can } from '../../auth/me.ts';
import { PageHeading, useDocumentTitle } from '../../layout/page.tsx';
import { useStaffList } from '../staff/staff-api.ts';
import { isUuid, useStaffActivity } from './audit-api.ts';
import { AuditEntries } from './AuditEntries.tsx';
import './audit.css';

function BackLinks() {
  const { t } = useTranslation();
  const me = useAuthenticated();
  return (
    <ul className="havn-audit-links">
      <li>
        <Link asChild>
          <RouterLink to="/audit">{t('auditLog.staff.back')}</RouterLink>
        </Link>
      </li>
      {can(me, 'staff.list') && (
        <li>
          <Link asChild>
            <RouterLink to="/staff">{t('auditLog.staff.toStaff')}</RouterLink>
          </Link>
        </li>
      )}
    </ul>
  );
}

/** The activity itself, newest first; a staff member of another centre is simply not found. */
function Activity({ id, name }: { id: string; name: string | null }) {
  const { t } = useTranslation();
  const valid = isUuid(id);
  const activity = useStaffActivity(id, valid);
  const notFound =
    !valid ||
    (activity.isError && activity.error instanceof ApiError && activity.error.status === 404);
  return (
    <>
      <Paragraph variant="long">
        {name ? t('auditLog.staff.intro', { name }) : t('auditLog.staff.introUnknown')}
      </Paragraph>
      <BackLinks />
      {notFound ? (
        <Alert data-color="warning">
          <Paragraph>{t('auditLog.staff.notFound')}</Paragraph>
        </Alert>
      ) : (
        <AuditEntries query={activity} perspective="staff" />
      )}
    </>
  );
}

function StaffActivity({ id, name }: { id: string; name: string | null }) {
  const { t } = useTranslation();
  const title = name ? t('auditLog.staff.title', { name }) : t('auditLog.staff.titleUnknown');
  useDocumentTitle(title);
  return (
    <div className="havn-page havn-audit-page">
      <PageHeading>{title}</PageHeading>
      <Activity id={id} name={name} />
    </div>
  );
}

/** The name comes from the staff list, for those who may see it; the log has only ids. */
function StaffActivityWithName({ id }: { id: string }) {
  const staff = useStaffList();
  const name = staff.data?.find((member) => member.id === id)?.displayName ?? null;
  return <StaffActivity id={id} name={name} />;
}

function NoAccess() {
  const { t } = useTranslation();
  const title = t('auditLog.staff.titleUnknown');
  useDocumentTitle(title);
  return (
    <div className="havn-page">
      <PageHeading>{title}</PageHeading>
      <Alert data-color="warning">
        <Paragraph>{t('auditLog.noAccess')}</Paragraph>
      </Alert>
    </div>
  );
}

/**
 * /audit/staff/:id: what one staff member has opened and changed, newest first, a page at a
 * time, for the unit leader. Anyone else is told they have no access.
 */
export function StaffActivityPage() {
  const me = useAuthenticated();
  const { id = '' } = useParams();
  if (!can(me, 'audit.read_staff_activity')) return <NoAccess />;
  return can(me, 'staff.list') ? (
    <StaffActivityWithName id={id} />
  ) : (
    <StaffActivity id={id} name={null} />
  );
}
