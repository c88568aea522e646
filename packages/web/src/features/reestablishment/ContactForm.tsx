import { reestablishmentContactKinds } from '@havn/domain';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { VisitFields } from '../../lib/VisitFields.tsx';
import { isDate, osloDate } from '../appointments/oslo-time.ts';
import { FormError } from '../login/FormError.tsx';
import {
  useAddContact,
  type ContactKind,
  type ReestablishmentCase,
} from './reestablishment-api.ts';

type Field = 'date' | 'minutes' | 'staff';

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
  const [kind, setKind] = useState<ContactKind>('visit');
  const [staffIds, setStaffIds] = useState<string[]>([me.user.id]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    date: useRef<HTMLInputElement>(null),
    minutes: useRef<HTMLInputElement>(null),
    staff: useRef<HTMLInputElement>(null),
  };
  const today = osloDate();
  const last = theCase.endedOn ?? today;

  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (Object.keys(refs) as Field[]).find((f) => found[f]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = new FormData(event.currentTarget);
    const date = String(form.get('date') ?? '');
    const minutes = Number(form.get('minutes'));
    const note = String(form.get('note') ?? '').trim();
    const found: Partial<Record<Field, string>> = {};
    if (!isDate(date) || date < theCase.startedOn || date > last)
      found.date = t('reestablishment.contacts.form.errors.date');
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 720)
      found.minutes = t('reestablishment.contacts.form.errors.minutes');
    if (staffIds.length === 0) found.staff = t('reestablishment.contacts.form.errors.staff');
    add.reset();
    if (show(found)) return;
    setAttempt((n) => n + 1);
    add.mutate(
      {
        date,
        kind,
        minutes,
        staffIds,
        interpreter: form.get('interpreter') === 'on',
        note: note === '' ? null : note,
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const fromServer: Partial<Record<Field, string>> = {};
          for (const f of error.fields) {
            if (f.path === 'body.date')
              fromServer.date = t('reestablishment.contacts.form.errors.date');
            if (f.path === 'body.minutes')
              fromServer.minutes = t('reestablishment.contacts.form.errors.minutes');
            if (f.path === 'body.staffIds')
              fromServer.staff = t('reestablishment.contacts.form.errors.staff');
          }
          show(fromServer);
        },
      },
    );
  };

  const formError =
    add.isError && Object.keys(errors).length === 0 ? t(errorMessageKey(add.error)) : null;
  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <VisitFields
        refs={refs}
        errors={errors}
        date={{ defaultValue: last, min: theCase.startedOn, max: last }}
        kinds={reestablishmentContactKinds}
        kind={kind}
        onKindChange={setKind}
        meId={me.user.id}
        staffIds={staffIds}
        onStaffChange={setStaffIds}
        kindLabel={(k) => t(`reestablishment.contactKinds.${k}`)}
        texts={{
          date: t('reestablishment.contacts.form.date'),
          minutes: t('reestablishment.contacts.form.minutes'),
          kind: t('reestablishment.contacts.form.kind'),
          interpreter: t('reestablishment.contacts.form.interpreter'),
          staff: t('reestablishment.contacts.form.staff'),
        }}
      >
        <Textfield
          multiline
          rows={3}
          name="note"
          label={t('reestablishment.contacts.form.note')}
          description={t('reestablishment.contacts.form.noteDescription')}
          maxLength={4000}
        />
      </VisitFields>
      <div className="havn-actions">
        <Button type="submit" loading={add.isPending}>
          {t('reestablishment.contacts.form.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
