import { useTranslation } from 'react-i18next';
import type { Authenticated } from '../../auth/me.ts';
import { ConfirmAction } from './ConfirmAction.tsx';
import { formatDateTime } from './format.ts';
import { staffApi, staffDecision, type StaffMember } from './staff-api.ts';

/** A new activation code in place of a forgotten password: for a casework account, the unit leader's. */
export function ResetPasswordAction({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  // The same credentials rule as the second factor's, whose action already says why it is refused.
  if (!staffDecision(me, member, { kind: 'reset_password' }).allowed) return null;
  return (
    <ConfirmAction
      available={member.active}
      unavailable={t('staff.access.resetPassword.none')}
      label={t('staff.access.resetPassword.button')}
      question={t('staff.access.resetPassword.confirm', { name: member.displayName })}
      confirmLabel={t('staff.access.resetPassword.confirmButton')}
      done={(result) => {
        const reset = result as { activationCode: string; activationExpiresAt: string };
        return (
          <>
            {t('staff.access.resetPassword.done', {
              time: formatDateTime(reset.activationExpiresAt),
            })}{' '}
            <code className="havn-secret havn-secret--large">{reset.activationCode}</code>
          </>
        );
      }}
      run={() => staffApi.resetPassword(member.id, member.version)}
    />
  );
}
