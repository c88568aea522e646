import { incidentKinds, type IncidentKind } from '@havn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isDate, isTime, osloInstant } from '../day-service/oslo-time.ts';
import { useFieldErrors } from '../../lib/useFieldErrors.ts';
import { useReportIncident, useResidentChoices } from './protection-api.ts';
import { SaveError } from './ui.tsx';

type FieldName = 'stayId' | 'kind' | 'occurredAt' | 'description';

/** `YYYY-MM-DDTHH:MM` from a datetime-local field, read as Oslo's clock; null when not valid. */
function instantOf(local: string): Date | null {
  const [date = '', time = ''] = local.split('T');
  return isDate(date) && isTime(time) ? osloInstant(date, time) : null;
}

/**
 * Reports an incident quickly from the keyboard: the first field takes focus, Ctrl+Enter sends.
 * From a stay's page the resident is given; from the incidents page it is chosen.
 */
export function IncidentForm({
  stayId,
  autoFocus = false,
  onDone,
  onCancel,
}: {
  stayId?: string;
  autoFocus?: boolean;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const report = useReportIncident();
  const residents = useResidentChoices();
  const [attempt, setAttempt] = useState(0);
  const [round, setRound] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, refs, show } = useFieldErrors<FieldName>([
    'stayId',
    'kind',
    'occurredAt',
    'description',
  ]);
  const ids = { stay: useId(), kind: useId() };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (report.isPending) return;
    const data = new FormData(event.currentTarget);
    const chosen = stayId ?? String(data.get('stayId') ?? '');
    const kind = String(data.get('kind') ?? '') as IncidentKind | '';
    const occurred = String(data.get('occurredAt') ?? '');
    const description = String(data.get('description') ?? '').trim();
    const at = occurred ? instantOf(occurred) : undefined;
    report.reset();
    setAttempt((n) => n + 1);
    const found: Partial<Record<FieldName, string>> = {};
    if (!chosen) found.stayId = t('protection.incident.errors.resident');
    if (!kind) found.kind = t('protection.incident.errors.kind');
    if (at === null || (at && at.getTime() > Date.now()))
      found.occurredAt = t('protection.incident.errors.occurredAt');
    if (!description) found.description = t('protection.incident.errors.description');
    if (show(found) || !kind) return;
    report.mutate(
      {
        stayId: chosen,
        kind,
        description,
        measures: String(data.get('measures') ?? '').trim() || null,
        policeCalled: data.get('policeCalled') === 'on',
        ...(at ? { occurredAt: at.toISOString() } : {}),
      },
      { onSuccess: () => onDone?.() },
    );
  };

  // Ctrl+Enter (or Cmd+Enter) sends from any field, the text areas included.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  if (report.isSuccess) {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('protection.incident.reported')}</Paragraph>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => {
            report.reset();
            setRound((n) => n + 1);
          }}
        >
          {t('protection.incident.reportAnother')}
        </Button>
      </Alert>
    );
  }

  return (
    <form
      key={round}
      ref={formRef}
      className="havn-form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <Paragraph data-size="sm">{t('protection.incident.shortcut')}</Paragraph>
      <SaveError mutation={report} attempt={attempt} />
      {!stayId && (
        <Field>
          <Label htmlFor={ids.stay}>{t('protection.incident.resident')}</Label>
          <Select
            id={ids.stay}
            ref={refs.stayId as React.Ref<HTMLSelectElement>}
            name="stayId"
            defaultValue=""
            autoFocus={autoFocus}
            aria-invalid={errors.stayId ? true : undefined}
          >
            <Select.Option value="" disabled>
              {t('protection.incident.residentChoose')}
            </Select.Option>
            {(residents.data ?? []).map((r) => (
              <Select.Option key={r.stayId} value={r.stayId}>
                {r.resident}
              </Select.Option>
            ))}
          </Select>
          {errors.stayId && <ValidationMessage>{errors.stayId}</ValidationMessage>}
        </Field>
      )}
      <Field>
        <Label htmlFor={ids.kind}>{t('protection.incident.kind')}</Label>
        <Select
          id={ids.kind}
          ref={refs.kind as React.Ref<HTMLSelectElement>}
          name="kind"
          defaultValue=""
          autoFocus={autoFocus && stayId !== undefined}
          aria-invalid={errors.kind ? true : undefined}
        >
          <Select.Option value="" disabled>
            {t('protection.incident.kind')}
          </Select.Option>
          {incidentKinds.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`protection.incident.kinds.${k}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.kind && <ValidationMessage>{errors.kind}</ValidationMessage>}
      </Field>
      <Textfield
        ref={refs.occurredAt as React.Ref<HTMLInputElement>}
        className="havn-ds-short-field"
        type="datetime-local"
        name="occurredAt"
        label={t('protection.incident.occurredAt')}
        error={errors.occurredAt}
      />
      <Textfield
        ref={refs.description as React.Ref<HTMLTextAreaElement>}
        multiline
        rows={4}
        name="description"
        label={t('protection.incident.description')}
        description={t('protection.sealedHint')}
        maxLength={5000}
        error={errors.description}
      />
      <Textfield
        multiline
        rows={2}
        name="measures"
        label={t('protection.incident.measures')}
        maxLength={4000}
      />
      <Checkbox name="policeCalled" label={t('protection.incident.policeCalled')} />
      <div className="havn-actions">
        <Button type="submit" loading={report.isPending}>
          {t('protection.incident.submit')}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
