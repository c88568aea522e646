import { activityKinds, type ActivityKind } from '@havn/domain';
import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isDate, osloDate } from '../day-service/oslo-time.ts';
import { childRequests, useChildWrite } from './children-api.ts';
import { useFieldErrors } from '../../lib/useFieldErrors.ts';
import { SubmitError } from './SubmitError.tsx';
import { RadioFieldset } from '../../lib/RadioFieldset.tsx';
import { FormActions } from '../../lib/FormActions.tsx';

/** Records play, leisure or an outing with a date and a short note. */
export function ActivityForm({
  stayId,
  personId,
  onDone,
  onCancel,
}: {
  stayId: string;
  personId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const add = useChildWrite(childRequests(stayId, personId).addActivity);
  const [kind, setKind] = useState<ActivityKind>('play');
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors(['date'] as const);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = new FormData(event.currentTarget);
    const date = String(form.get('date') ?? '');
    const note = String(form.get('note') ?? '').trim();
    add.reset();
    if (show(isDate(date) ? {} : { date: t('children.errors.date') })) return;
    setAttempt((n) => n + 1);
    add.mutate({ kind, date, note: note === '' ? null : note }, { onSuccess: onDone });
  };

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SubmitError
        mutation={add}
        attempt={attempt}
        hasFieldErrors={Object.keys(errors).length > 0}
      />
      <RadioFieldset
        legend={t('children.activities.kind')}
        name="kind"
        options={activityKinds}
        label={(k) => t(`children.activityKinds.${k}`)}
        value={kind}
        onChange={setKind}
      />
      <Textfield
        ref={refs.date as Ref<HTMLInputElement>}
        className="havn-ds-short-field"
        type="date"
        name="date"
        label={t('children.activities.date')}
        defaultValue={osloDate()}
        error={errors.date}
      />
      <Textfield
        name="note"
        label={t('children.activities.note')}
        maxLength={500}
        autoComplete="off"
      />
      <FormActions submit={t('children.save')} pending={add.isPending} onCancel={onCancel} />
    </form>
  );
}
