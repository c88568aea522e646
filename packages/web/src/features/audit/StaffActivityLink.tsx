import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Authenticated } from '../../auth/me.ts';
import { can } from '../../auth/me.ts';
import './audit.css';

/**
 * "Se aktivitet" for one row of the staff screen: what that person has opened and changed.
 * Nothing for those who may not see it.
 */
export function StaffActivityLink({
  me,
  member,
}: {
  me: Authenticated;
  member: { id: string; displayName: string };
}) {
  const { t } = useTranslation();
  if (!can(me, 'audit.read_staff_activity')) return null;
  return (
    <Link asChild>
      <RouterLink
        to={`/audit/staff/${encodeURIComponent(member.id)}`}
        className="havn-audit-staff-link"
        aria-label={t('auditLog.staff.linkFor', { name: member.displayName })}
      >
        {t('auditLog.staff.link')}
      </RouterLink>
    </Link>
  );
}
