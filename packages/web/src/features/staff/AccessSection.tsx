import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { can, type Authenticated } from '../../auth/me.ts';
import { ConfirmAction } from './ConfirmAction.tsx';
import { DialogSection } from './DialogSection.tsx';
import { ResetMfaAction } from './ResetMfaAction.tsx';
import { ResetPasswordAction } from './ResetPasswordAction.tsx';
import { staffApi, type StaffMember } from './staff-api.ts';

/** Logins of someone else: end them all, remove the second factor, a new activation code for the password, or deactivate the account. */
export function AccessSection({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const name = member.displayName;
  if (member.id === me.user.id) {
    return (
      <DialogSection title={t('staff.access.heading')}>
        <Paragraph data-size="sm">{t('staff.access.self')}</Paragraph>
      </DialogSection>
    );
  }
  const actions = [
    can(me, 'staff.revoke_sessions') && (
      <ConfirmAction
        key="sessions"
        available={member.activeSessions > 0}
        unavailable={t('staff.access.endSessions.none')}
        label={t('staff.access.endSessions.button')}
        question={t('staff.access.endSessions.confirm', { name })}
        confirmLabel={t('staff.access.endSessions.confirmButton')}
        done={(result) =>
          t('staff.access.endSessions.done', { count: (result as { ended: number }).ended })
        }
        run={() => staffApi.endSessions(member.id)}
      />
    ),
    can(me, 'staff.reset_mfa') && <ResetMfaAction key="mfa" me={me} member={member} />,
    can(me, 'staff.reset_password') && (
      <ResetPasswordAction key="password" me={me} member={member} />
    ),
    can(me, 'staff.deactivate') && (
      <ConfirmAction
        key="deactivate"
        available={member.active}
        unavailable={t('staff.access.deactivate.none')}
        label={t('staff.access.deactivate.button')}
        question={t('staff.access.deactivate.confirm', { name })}
        confirmLabel={t('staff.access.deactivate.confirmButton')}
        done={() => t('staff.access.deactivate.done')}
        run={() => staffApi.deactivate(member.id, member.version)}
      />
    ),
  ].filter(Boolean);
  if (actions.length === 0) return null;
  return <DialogSection title={t('staff.access.heading')}>{actions}</DialogSection>;
}
