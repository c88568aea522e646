import { reestablishmentEndReasons } from '@havn/domain';
import {
  Button,
  Fieldset,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/client.ts';
import { isDate, osloDate } from '../appointments/oslo-time.ts';
import { FormError } from '../login/FormError.tsx';
import { useEndCase, type EndReason, type ReestablishmentCase } from './reestablishment-api.ts';

type Field = 'endedOn' | 'reason';

/** Ends the case with a date and a reason, stating the version read (409 when stale). */
export function EndForm({
  theCase,
  onDone,
  onCancel,
}: {
  theCase: ReestablishmentCase;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndCase(theCase.id);
  const [reason, setReason] = useState<EndReason | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const reasonErrorId = useId();
  const refs = { endedOn: useRef<HTMLInputElement>(null), reason: useRef<HTMLInputElement>(null) };
  const today = osloDate();

  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (Object.keys(refs) as Field[]).find((f) => found[f]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (end.isPending) return;
    const endedOn = String(new FormData(event.currentTarget).get('endedOn') ?? '');
    const found: Partial<Record<Field, string>> = {};
    if (!isDate(endedOn) || endedOn < theCase.startedOn || endedOn > today)
      found.endedOn = t('reestablishment.end.errors.date');
    if (!reason) found.reason = t('reestablishment.end.errors.reason');
    end.reset();
    if (show(found) || !reason) return;
    setAttempt((n) => n + 1);
    end.mutate(
      { version: theCase.version, endedOn, reason },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError && error.fields.some((f) => f.path === 'body.endedOn'))
            show({ endedOn: t('reestablishment.end.errors.date') });
        },
      },
    );
  };

  let formError: string | null = null;
  if (end.isError && Object.keys(errors).length === 0)
    formError =
      end.error instanceof ApiError && end.error.code === 'conflict'
        ? t('reestablishment.end.errors.conflict')
        : t(errorMessageKey(end.error));

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <Textfield
        ref={refs.endedOn}
        className="havn-ds-short-field"
        type="date"
        name="endedOn"
        label={t('reestablishment.end.date')}
        defaultValue={today}
        min={theCase.startedOn}
        max={today}
        error={errors.endedOn}
        autoFocus
      />
      <Fieldset
        aria-invalid={errors.reason ? true : undefined}
        aria-describedby={errors.reason ? reasonErrorId : undefined}
      >
        <Fieldset.Legend>{t('reestablishment.end.reason')}</Fieldset.Legend>
        {reestablishmentEndReasons.map((r, index) => (
          <Radio
            key={r}
            ref={index === 0 ? refs.reason : undefined}
            name="reason"
            value={r}
            label={t(`reestablishment.endReasons.${r}`)}
            checked={reason === r}
            onChange={() => setReason(r)}
          />
        ))}
        {errors.reason && <ValidationMessage id={reasonErrorId}>{errors.reason}</ValidationMessage>}
      </Fieldset>
      <div className="havn-actions">
        <Button type="submit" data-color="danger" loading={end.isPending}>
          {t('reestablishment.end.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
