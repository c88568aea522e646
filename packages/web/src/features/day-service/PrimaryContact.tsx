import {} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { FormError } from '../../lib/FormError.tsx';
import { AssignPrimaryContact } from '../staff/PrimaryContactPicker.tsx';
import { StaffPicker } from '../staff/StaffPicker.tsx';
import { useAssignPrimaryContact, type DayUserCase } from './day-users-api.ts';
import { FormActions } from '../../lib/FormActions.tsx';

/** A colleague from the staff directory, or nobody, saved with the version the page read. */
function PrimaryContactForm({
  me,
  dayCase,
  onDone,
  onCancel,
}: {
  me: Authenticated;
  dayCase: DayUserCase;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const assign = useAssignPrimaryContact(dayCase.id);
  const [primary, setPrimary] = useState(dayCase.primaryContact?.id ?? null);
  const [attempt, setAttempt] = useState(0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assign.isPending) return;
    assign.reset();
    setAttempt((n) => n + 1);
    assign.mutate({ primaryContactId: primary, version: dayCase.version }, { onSuccess: onDone });
  };
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError
        message={assign.isError ? t(errorMessageKey(assign.error)) : null}
        attempt={attempt}
      />
      <StaffPicker
        label={t('dayService.case.primaryContact')}
        meId={me.user.id}
        value={primary}
        onChange={setPrimary}
        noneLabel={t('staff.primaryContact.none')}
      />
      <FormActions
        submit={t('dayService.case.savePrimaryContact')}
        pending={assign.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}

/** Changing an open case's primary contact, offered only to whoever may name one. */
export function PrimaryContact({ me, dayCase }: { me: Authenticated; dayCase: DayUserCase }) {
  const { t } = useTranslation();
  return (
    <AssignPrimaryContact
      me={me}
      currentId={dayCase.primaryContact?.id ?? null}
      label={t('dayService.case.changePrimaryContact')}
      heading={t('dayService.case.primaryContactHeading')}
    >
      {(close) => <PrimaryContactForm me={me} dayCase={dayCase} onDone={close} onCancel={close} />}
    </AssignPrimaryContact>
  );
}
