import { dayVisitKinds } from '@havn/domain';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { VisitFields } from '../../lib/VisitFields.tsx';
import { FormError } from '../login/FormError.tsx';
import { isDate, osloDate } from '../appointments/oslo-time.ts';
import { useAddVisit, type DayUserCase, type VisitKind } from './day-users-api.ts';

type Field = 'date' | 'minutes' | 'staff';

const text = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/**
 * A day visit: a conversation at the centre, a home visit or company to a service, with the staff
 * who took part — the logged-in user to begin with, colleagues from the directory as well.
 */
export function VisitForm({
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
  const add = useAddVisit(dayCase.id);
  const [kind, setKind] = useState<VisitKind>('conversation');
  const [staffIds, setStaffIds] = useState<string[]>([me.user.id]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    date: useRef<HTMLInputElement>(null),
    minutes: useRef<HTMLInputElement>(null),
    staff: useRef<HTMLInputElement>(null),
  };

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
    const found: Partial<Record<Field, string>> = {};
    if (!isDate(date)) found.date = t('dayService.visits.form.errors.dateMissing');
    else if (date < dayCase.startedOn) found.date = t('dayService.visits.form.errors.beforeStart');
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 720)
      found.minutes = t('dayService.visits.form.errors.minutes');
    if (staffIds.length === 0) found.staff = t('dayService.visits.form.errors.staffMissing');
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
        topic: text(form, 'topic'),
        agreed: text(form, 'agreed'),
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const fromServer: Partial<Record<Field, string>> = {};
          for (const f of error.fields) {
            if (f.path === 'body.date')
              fromServer.date =
                f.code === 'before_start'
                  ? t('dayService.visits.form.errors.beforeStart')
                  : t('dayService.visits.form.errors.dateMissing');
            if (f.path === 'body.minutes')
              fromServer.minutes = t('dayService.visits.form.errors.minutes');
            if (f.path === 'body.staffIds')
              fromServer.staff = t('dayService.visits.form.errors.staffMissing');
          }
          show(fromServer);
        },
      },
    );
  };

  let formError: string | null = null;
  if (add.isError && Object.keys(errors).length === 0) {
    formError =
      add.error instanceof ApiError && add.error.code === 'conflict'
        ? t('dayService.visits.form.errors.ended')
        : t(errorMessageKey(add.error));
  }

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <VisitFields
        refs={refs}
        errors={errors}
        date={{ defaultValue: osloDate(), min: dayCase.startedOn }}
        kinds={dayVisitKinds}
        kind={kind}
        onKindChange={setKind}
        meId={me.user.id}
        staffIds={staffIds}
        onStaffChange={setStaffIds}
        kindLabel={(k) => t(`dayService.visitKinds.${k}`)}
        texts={{
          date: t('dayService.visits.form.date'),
          minutes: t('dayService.visits.form.minutes'),
          kind: t('dayService.visits.form.kind'),
          interpreter: t('dayService.visits.form.interpreter'),
          staff: t('dayService.visits.form.staff'),
        }}
      >
        <Textfield
          name="topic"
          label={t('dayService.visits.form.topic')}
          description={t('dayService.visits.form.topicDescription')}
          maxLength={500}
          autoComplete="off"
        />
        <Textfield
          multiline
          rows={3}
          name="agreed"
          label={t('dayService.visits.form.agreed')}
          maxLength={2000}
        />
      </VisitFields>
      <div className="havn-actions">
        <Button type="submit" loading={add.isPending}>
          {t('dayService.visits.form.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
