import { mayAssignPrimaryContact } from '@havn/domain';
import { Paragraph } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, type Authenticated } from '../../auth/me.ts';
import { StaffPicker } from './StaffPicker.tsx';

/**
 * A choice of primary contact (or child-responsible staff), offered only to whoever may name one:
 * the unit leader, or the current primary contact handing over. Anyone else sees who it is now,
 * and why she cannot change it.
 */
export function PrimaryContactPicker({
  me,
  currentId,
  currentName,
  ...picker
}: {
  me: Authenticated;
  /** The case's primary contact now: she may hand over. */
  currentId: string | null;
  currentName: string | null;
  label: string;
  description?: string;
  error?: string | undefined;
  noneLabel?: string;
  inputRef?: Ref<HTMLSelectElement>;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  if (mayAssignPrimaryContact(actorOf(me), currentId))
    return <StaffPicker {...picker} meId={me.user.id} />;
  return (
    <div className="havn-field-note">
      <Paragraph data-size="sm">
        <strong>{picker.label}:</strong> {currentName ?? t('staff.primaryContact.nobodyYet')}
      </Paragraph>
      <Paragraph data-size="sm" className="havn-muted">
        {t('refusals.primary_contact_not_assignable')}
      </Paragraph>
    </div>
  );
}
