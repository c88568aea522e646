import {
  institutionKinds,
  interruptionReasons,
  schoolingProblems,
  schoolingStatuses,
  type InstitutionKind,
  type InterruptionReason,
  type SchoolingStatus,
} from '@havn/domain';
import {
  Checkbox,
  Field,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isDate, osloDate } from '../day-service/oslo-time.ts';
import {
  childRequests,
  useChildWrite,
  type Schooling,
  type SchoolingFields,
} from './children-api.ts';
import { useFieldErrors } from '../../lib/useFieldErrors.ts';
import { SubmitError } from './SubmitError.tsx';
import { RadioFieldset } from '../../lib/RadioFieldset.tsx';
import { FormActions } from '../../lib/FormActions.tsx';

const fields = ['fromOn', 'reason', 'homeMunicipalityResponsible', 'toOn'] as const;
type FieldName = (typeof fields)[number];

/**
 * Records a period of kindergarten or school, or changes one (with the version read). The rules
 * are the domain's `schoolingProblems`, checked here before the server checks them again.
 */
export function SchoolingForm({
  stayId,
  personId,
  existing,
  onDone,
  onCancel,
}: {
  stayId: string;
  personId: string;
  existing?: Schooling;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const requests = childRequests(stayId, personId);
  const save = useChildWrite((body: SchoolingFields) =>
    existing
      ? requests.updateSchooling({ ...body, id: existing.id, version: existing.version })
      : requests.addSchooling(body),
  );
  const [kind, setKind] = useState<InstitutionKind>(existing?.institutionKind ?? 'school');
  const [status, setStatus] = useState<SchoolingStatus>(existing?.status ?? 'continued');
  const [reason, setReason] = useState<InterruptionReason | null>(existing?.reason ?? null);
  const [responsible, setResponsible] = useState(existing?.homeMunicipalityResponsible ?? true);
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors(fields);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const fromOn = String(form.get('fromOn') ?? '');
    const toOn = String(form.get('toOn') ?? '');
    const notes = String(form.get('notes') ?? '').trim();
    const body = {
      institutionKind: kind,
      status,
      reason: status === 'interrupted' ? reason : null,
      homeMunicipalityResponsible: status === 'teaching_at_centre' && responsible,
      fromOn,
      toOn: toOn === '' ? null : toOn,
      notes: notes === '' ? null : notes,
    } satisfies SchoolingFields;
    const found: Partial<Record<FieldName, string>> = {};
    if (!isDate(fromOn)) found.fromOn = t('children.schooling.errors.fromOn');
    else if (body.toOn !== null && !isDate(body.toOn)) found.toOn = t('children.errors.date');
    else {
      for (const problem of schoolingProblems(body)) {
        const field = problem.path.replace('body.', '') as FieldName;
        found[field] = t(`children.schooling.errors.${problem.code}`);
      }
    }
    save.reset();
    if (show(found)) return;
    setAttempt((n) => n + 1);
    save.mutate(body, { onSuccess: onDone });
  };

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <SubmitError
        mutation={save}
        attempt={attempt}
        hasFieldErrors={Object.keys(errors).length > 0}
      />
      <RadioFieldset
        legend={t('children.schooling.kind')}
        name="institutionKind"
        options={institutionKinds}
        label={(k) => t(`children.institutionKinds.${k}`)}
        value={kind}
        onChange={setKind}
      />
      <RadioFieldset
        legend={t('children.schooling.status')}
        name="status"
        options={schoolingStatuses}
        label={(s) => t(`children.schoolingStatuses.${s}`)}
        value={status}
        onChange={setStatus}
      />
      {status === 'interrupted' && (
        <Field>
          <Label>{t('children.schooling.reason')}</Label>
          <Select
            ref={refs.reason as Ref<HTMLSelectElement>}
            value={reason ?? ''}
            onChange={(e) => setReason((e.target.value || null) as InterruptionReason | null)}
            aria-invalid={errors.reason ? true : undefined}
          >
            <Select.Option value="">{t('children.schooling.chooseReason')}</Select.Option>
            {interruptionReasons.map((r) => (
              <Select.Option key={r} value={r}>
                {t(`children.interruptionReasons.${r}`)}
              </Select.Option>
            ))}
          </Select>
          {errors.reason && <ValidationMessage>{errors.reason}</ValidationMessage>}
        </Field>
      )}
      {status === 'teaching_at_centre' && (
        <Field>
          <Checkbox
            ref={refs.homeMunicipalityResponsible as Ref<HTMLInputElement>}
            label={t('children.schooling.homeMunicipalityResponsible')}
            checked={responsible}
            onChange={(e) => setResponsible(e.target.checked)}
            aria-invalid={errors.homeMunicipalityResponsible ? true : undefined}
          />
          {errors.homeMunicipalityResponsible && (
            <ValidationMessage>{errors.homeMunicipalityResponsible}</ValidationMessage>
          )}
        </Field>
      )}
      <div className="havn-form__row">
        <Textfield
          ref={refs.fromOn as Ref<HTMLInputElement>}
          type="date"
          name="fromOn"
          label={t('children.schooling.fromOn')}
          defaultValue={existing?.fromOn ?? osloDate()}
          error={errors.fromOn}
        />
        <Textfield
          ref={refs.toOn as Ref<HTMLInputElement>}
          type="date"
          name="toOn"
          label={t('children.schooling.toOn')}
          defaultValue={existing?.toOn ?? ''}
          error={errors.toOn}
        />
      </div>
      <Textfield
        multiline
        rows={3}
        name="notes"
        label={t('children.schooling.notes')}
        description={t('children.sealedHint')}
        defaultValue={existing?.notes ?? ''}
        maxLength={2000}
      />
      <FormActions submit={t('children.save')} pending={save.isPending} onCancel={onCancel} />
    </form>
  );
}
