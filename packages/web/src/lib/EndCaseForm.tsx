import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../api/errors.ts';
import { isDate, osloDate } from '../features/day-service/oslo-time.ts';
import { FormError } from './FormError.tsx';
import { FormActions } from './FormActions.tsx';
import { useFieldErrors } from './useFieldErrors.ts';

const fields = ['endedOn', 'reason'] as const;
type Field = (typeof fields)[number];

/** What the form says; each case module fills it from its own i18n keys. */
export interface EndCaseTexts {
  date: string;
  reason: string;
  submit: string;
  dateMissing: string;
  beforeStart: string;
  /** Given when a case may not end in the future: the message for a date after today. */
  afterToday?: string;
  reasonMissing: string;
  conflict: string;
}

/**
 * Ends a case with a date and a reason, stating the version read (409 when stale: the mutation
 * reloads the case to look at again). The caller owns the mutation so each module keeps its hook.
 */
export function EndCaseForm<Reason extends string>({
  theCase,
  reasons,
  reasonLabel,
  end,
  texts,
  onDone,
  onCancel,
}: {
  theCase: { startedOn: string; version: number };
  reasons: readonly Reason[];
  reasonLabel: (reason: Reason) => string;
  end: UseMutationResult<unknown, Error, { version: number; endedOn: string; reason: Reason }>;
  texts: EndCaseTexts;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reasonErrorId = useId();
  const { errors, refs, show } = useFieldErrors<Field, HTMLInputElement>(fields);
  const today = osloDate();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (end.isPending) return;
    const endedOn = String(new FormData(event.currentTarget).get('endedOn') ?? '');
    const found: Partial<Record<Field, string>> = {};
    if (!isDate(endedOn)) found.endedOn = texts.dateMissing;
    else if (endedOn < theCase.startedOn) found.endedOn = texts.beforeStart;
    else if (texts.afterToday && endedOn > today) found.endedOn = texts.afterToday;
    if (!reason) found.reason = texts.reasonMissing;
    end.reset();
    if (show(found) || !reason) return;
    setAttempt((n) => n + 1);
    end.mutate(
      { version: theCase.version, endedOn, reason },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError && error.fields.some((f) => f.path === 'body.endedOn'))
            show({ endedOn: texts.beforeStart });
        },
      },
    );
  };

  // The mutation outlives the form: an error counts only once this form has tried.
  let formError: string | null = null;
  if (attempt > 0 && end.isError && Object.keys(errors).length === 0)
    formError =
      end.error instanceof ApiError && end.error.code === 'conflict'
        ? texts.conflict
        : t(errorMessageKey(end.error));

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <Textfield
        ref={refs.endedOn}
        className="havn-ds-short-field"
        type="date"
        name="endedOn"
        label={texts.date}
        defaultValue={today}
        min={theCase.startedOn}
        max={texts.afterToday ? today : undefined}
        error={errors.endedOn}
        autoFocus
      />
      <Fieldset
        aria-invalid={errors.reason ? true : undefined}
        aria-describedby={errors.reason ? reasonErrorId : undefined}
      >
        <Fieldset.Legend>{texts.reason}</Fieldset.Legend>
        {reasons.map((r, index) => (
          <Radio
            key={r}
            ref={index === 0 ? refs.reason : undefined}
            name="reason"
            value={r}
            label={reasonLabel(r)}
            checked={reason === r}
            onChange={() => setReason(r)}
          />
        ))}
        {errors.reason && <ValidationMessage id={reasonErrorId}>{errors.reason}</ValidationMessage>}
      </Fieldset>
      <FormActions submit={texts.submit} pending={end.isPending} onCancel={onCancel} danger />
    </form>
  );
}
