import { reestablishmentContactKinds } from '@havn/domain';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Authenticated } from '../../auth/me.ts';
import { CaseVisitForm } from '../../lib/CaseVisitForm.tsx';
import { osloDate } from '../day-service/oslo-time.ts';
import { useAddContact, type ReestablishmentCase } from './reestablishment-api.ts';

/**
 * A follow-up contact: a visit, a call, company to a service or a meeting, with its length, who
 * from the centre took part (the user to begin with), an interpreter or not, and a sealed note.
 * Native inputs, radios and checkboxes only, so the keyboard reaches everything in order.
 */
export function ContactForm({
  me,
  theCase,
  onDone,
  onCancel,
}: {
  me: Authenticated;
  theCase: ReestablishmentCase;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddContact(theCase.id);
  const last = theCase.endedOn ?? osloDate();
  const dateWrong = t('reestablishment.contacts.form.errors.date');
  return (
    <CaseVisitForm
      meId={me.user.id}
      kinds={reestablishmentContactKinds}
      initialKind="visit"
      kindLabel={(k) => t(`reestablishment.contactKinds.${k}`)}
      date={{ defaultValue: last, min: theCase.startedOn, max: last }}
      add={add}
      extra={(form) => {
        const note = String(form.get('note') ?? '').trim();
        return { note: note === '' ? null : note };
      }}
      texts={{
        date: t('reestablishment.contacts.form.date'),
        minutes: t('reestablishment.contacts.form.minutes'),
        kind: t('reestablishment.contacts.form.kind'),
        interpreter: t('reestablishment.contacts.form.interpreter'),
        staff: t('reestablishment.contacts.form.staff'),
        submit: t('reestablishment.contacts.form.submit'),
        dateMissing: dateWrong,
        beforeStart: dateWrong,
        afterLast: dateWrong,
        minutesWrong: t('reestablishment.contacts.form.errors.minutes'),
        staffMissing: t('reestablishment.contacts.form.errors.staff'),
      }}
      onDone={onDone}
      onCancel={onCancel}
    >
      <Textfield
        multiline
        rows={3}
        name="note"
        label={t('reestablishment.contacts.form.note')}
        description={t('reestablishment.contacts.form.noteDescription')}
        maxLength={4000}
      />
    </CaseVisitForm>
  );
}
