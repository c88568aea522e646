import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Authenticated } from '../../auth/me.ts';
import { ConfirmAction } from './ConfirmAction.tsx';
import { refusalText, staffApi, staffDecision, type StaffMember } from './staff-api.ts';

/** Removing the second factor of a casework account is the unit leader's: others are told so. */
export function ResetMfaAction({ me, member }: { me: Authenticated; member: StaffMember }) {
  const { t } = useTranslation();
  const decision = staffDecision(me, member, { kind: 'reset_second_factor' });
  if (!decision.allowed)
    return <Paragraph data-size="sm">{refusalText(t, decision.reason)}</Paragraph>;
  return (
    <ConfirmAction
      available={member.mfaEnabled}
      unavailable={t('staff.access.resetMfa.none')}
      label={t('staff.access.resetMfa.button')}
      question={t('staff.access.resetMfa.confirm', { name: member.displayName })}
      confirmLabel={t('staff.access.resetMfa.confirmButton')}
      done={() => t('staff.access.resetMfa.done')}
      run={() => staffApi.resetSecondFactor(member.id, member.version)}
    />
  );
}
