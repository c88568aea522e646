import {
  parentContactKinds,
  parentContactOutcomes,
  type ParentContactKind,
  type ParentContactOutcome,
} from '@havn/domain';
import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isDate, isTime, osloDate, osloInstant, osloTime } from '../day-service/oslo-time.ts';
import {
  childRequests,
  useChildWrite,
  type ParentContact,
  type ParentContactFields,
} from './children-api.ts';
import { useFieldErrors } from '../../lib/useFieldErrors.ts';
import { SubmitError } from './SubmitError.tsx';
import { RadioFieldset } from '../../lib/RadioFieldset.tsx';
import { FormActions } from '../../lib/FormActions.tsx';

const text = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/**
 * Records contact or a visit with the parent who is the perpetrator — when, supervised by whom,
 * where, the safety notes (sealed) — or, for one already recorded, how it went.
 */
export function ParentContactForm({
  stayId,
  personId,
  existing,
  onDone,
  onCancel,
}: {
  stayId: string;
  personId: string;
  existing?: ParentContact;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const requests = childRequests(stayId, personId);
  const save = useChildWrite((body: ParentContactFields) =>
    existing
      ? requests.updateParentContact({ ...body, id: existing.id, version: existing.version })
      : requests.addParentContact(body),
  );
  const [kind, setKind] = useState<ParentContactKind>(existing?.kind ?? 'visit');
  const [outcome, setOutcome] = useState<ParentContactOutcome | null>(existing?.outcome ?? null);
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors(['date', 'time'] as const);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const date = String(form.get('date') ?? '');
    const time = String(form.get('time') ?? '');
    save.reset();
    const found = {
      ...(isDate(date) ? {} : { date: t('children.errors.date') }),
      ...(isTime(time) ? {} : { time: t('children.parentContacts.errors.time') }),
    };
    if (show(found)) return;
    setAttempt((n) => n + 1);
    save.mutate(
      {
        occursAt: osloInstant(date, time).toISOString(),
        kind,
        supervisedBy: text(form, 'supervisedBy'),
        place: text(form, 'place'),
        safetyNotes: text(form, 'safetyNotes'),
        outcome,
        outcomeNotes: text(form, 'outcomeNotes'),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SubmitError
        mutation={save}
        attempt={attempt}
        hasFieldErrors={Object.keys(errors).length > 0}
      />
      <RadioFieldset
        legend={t('children.parentContacts.kind')}
        name="kind"
        options={parentContactKinds}
        label={(k) => t(`children.parentContactKinds.${k}`)}
        value={kind}
        onChange={setKind}
      />
      <div className="havn-form__row">
        <Textfield
          ref={refs.date as Ref<HTMLInputElement>}
          type="date"
          name="date"
          label={t('children.parentContacts.date')}
          defaultValue={existing ? osloDate(existing.occursAt) : osloDate()}
          error={errors.date}
        />
        <Textfield
          ref={refs.time as Ref<HTMLInputElement>}
          type="time"
          name="time"
          label={t('children.parentContacts.time')}
          defaultValue={existing ? osloTime(existing.occursAt) : ''}
          error={errors.time}
        />
      </div>
      <Textfield
        name="supervisedBy"
        label={t('children.parentContacts.supervisedBy')}
        description={t('children.parentContacts.supervisedByHint')}
        defaultValue={existing?.supervisedBy ?? ''}
        maxLength={200}
        autoComplete="off"
      />
      <Textfield
        name="place"
        label={t('children.parentContacts.place')}
        defaultValue={existing?.place ?? ''}
        maxLength={200}
        autoComplete="off"
      />
      <Textfield
        multiline
        rows={3}
        name="safetyNotes"
        label={t('children.parentContacts.safetyNotes')}
        description={t('children.sealedHint')}
        defaultValue={existing?.safetyNotes ?? ''}
        maxLength={2000}
      />
      <Field>
        <Label>{t('children.parentContacts.outcome')}</Label>
        <Select
          value={outcome ?? ''}
          onChange={(e) => setOutcome((e.target.value || null) as ParentContactOutcome | null)}
        >
          <Select.Option value="">{t('children.parentContacts.noOutcome')}</Select.Option>
          {parentContactOutcomes.map((o) => (
            <Select.Option key={o} value={o}>
              {t(`children.parentContactOutcomes.${o}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        multiline
        rows={2}
        name="outcomeNotes"
        label={t('children.parentContacts.outcomeNotes')}
        description={t('children.sealedHint')}
        defaultValue={existing?.outcomeNotes ?? ''}
        maxLength={2000}
      />
      <FormActions submit={t('children.save')} pending={save.isPending} onCancel={onCancel} />
    </form>
  );
}
