import { mayAssignPrimaryContact } from '@havn/domain';
import { Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, type Authenticated } from '../../auth/me.ts';
import { Disclosure } from '../day-service/Disclosure.tsx';
import { StaffPicker } from './StaffPicker.tsx';

/** Why the user is offered no choice: who decides the primary contact. */
function NotAssignable() {
  const { t } = useTranslation();
  return (
    <Paragraph data-size="sm" className="havn-muted">
      {t('refusals.primary_contact_not_assignable')}
    </Paragraph>
  );
}

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
      <NotAssignable />
    </div>
  );
}

/**
 * On a case's page, under the facts that name the primary contact: a button opening the form that
 * changes her, for whoever may name one. Whoever works the case opens the person's record and
 * address, so it is the unit leader's to name (or the current one's to hand over); anyone else
 * is told so instead.
 */
export function AssignPrimaryContact({
  me,
  currentId,
  label,
  heading,
  children,
}: {
  me: Authenticated;
  /** The case's primary contact now: she may hand over. */
  currentId: string | null;
  label: string;
  heading: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!mayAssignPrimaryContact(actorOf(me), currentId)) return <NotAssignable />;
  return (
    <Disclosure label={label} heading={heading} open={open} onOpenChange={setOpen}>
      {children}
    </Disclosure>
  );
}
