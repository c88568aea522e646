import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../api/errors.ts';
import { isDate } from '../features/day-service/oslo-time.ts';
import { FormError } from './FormError.tsx';
import { useFieldErrors } from './useFieldErrors.ts';
import { VisitFields } from './VisitFields.tsx';
import { FormActions } from './FormActions.tsx';

const fields = ['date', 'minutes', 'staff'] as const;
type Field = (typeof fields)[number];

/** What every contact with a case is made of; a module adds its own fields (`extra`). */
export interface VisitBase<Kind extends string> {
  date: string;
  kind: Kind;
  minutes: number;
  staffIds: string[];
  interpreter?: boolean;
}

/** What the form says; each case module fills it from its own i18n keys. */
export interface CaseVisitTexts {
  date: string;
  minutes: string;
  kind: string;
  interpreter: string;
  staff: string;
  submit: string;
  dateMissing: string;
  beforeStart: string;
  /** Given with `date.max`: the message for a date after it. */
  afterLast?: string;
  minutesWrong: string;
  staffMissing: string;
  /** Given when the API refuses a contact with a case that ended meanwhile. */
  conflict?: string;
}

/**
 * Registers one contact with a case (a day visit, a follow-up contact): the date within the case,
 * its length, the kind, an interpreter or not, the module's own fields and the staff who took
 * part (the user to begin with). The caller owns the mutation so each module keeps its hook.
 */
export function CaseVisitForm<Kind extends string, Body extends VisitBase<Kind>>({
  meId,
  kinds,
  initialKind,
  kindLabel,
  date: dateRange,
  add,
  extra,
  texts,
  onDone,
  onCancel,
  children,
}: {
  meId: string;
  kinds: readonly Kind[];
  initialKind: Kind;
  kindLabel: (kind: Kind) => string;
  date: { defaultValue: string; min: string; max?: string };
  add: UseMutationResult<unknown, Error, Body>;
  extra: (form: FormData) => Omit<Body, keyof VisitBase<Kind>>;
  texts: CaseVisitTexts;
  onDone: () => void;
  onCancel: () => void;
  /** The module's own fields, between the interpreter and the staff. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [staffIds, setStaffIds] = useState<string[]>([meId]);
  const [attempt, setAttempt] = useState(0);
  const { errors, refs, show } = useFieldErrors<Field, HTMLInputElement>(fields);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = new FormData(event.currentTarget);
    const date = String(form.get('date') ?? '');
    const minutes = Number(form.get('minutes'));
    const found: Partial<Record<Field, string>> = {};
    if (!isDate(date)) found.date = texts.dateMissing;
    else if (date < dateRange.min) found.date = texts.beforeStart;
    else if (dateRange.max !== undefined && date > dateRange.max)
      found.date = texts.afterLast ?? texts.dateMissing;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 720)
      found.minutes = texts.minutesWrong;
    if (staffIds.length === 0) found.staff = texts.staffMissing;
    add.reset();
    if (show(found)) return;
    setAttempt((n) => n + 1);
    const base: VisitBase<Kind> = {
      date,
      kind,
      minutes,
      staffIds,
      interpreter: form.get('interpreter') === 'on',
    };
    add.mutate({ ...base, ...extra(form) } as Body, {
      onSuccess: onDone,
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const fromServer: Partial<Record<Field, string>> = {};
        for (const f of error.fields) {
          if (f.path === 'body.date')
            fromServer.date = f.code === 'before_start' ? texts.beforeStart : texts.dateMissing;
          if (f.path === 'body.minutes') fromServer.minutes = texts.minutesWrong;
          if (f.path === 'body.staffIds') fromServer.staff = texts.staffMissing;
        }
        show(fromServer);
      },
    });
  };

  let formError: string | null = null;
  if (add.isError && Object.keys(errors).length === 0)
    formError =
      texts.conflict && add.error instanceof ApiError && add.error.code === 'conflict'
        ? texts.conflict
        : t(errorMessageKey(add.error));

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <VisitFields
        refs={refs}
        errors={errors}
        date={dateRange}
        kinds={kinds}
        kind={kind}
        onKindChange={setKind}
        meId={meId}
        staffIds={staffIds}
        onStaffChange={setStaffIds}
        kindLabel={kindLabel}
        texts={texts}
      >
        {children}
      </VisitFields>
      <FormActions submit={texts.submit} pending={add.isPending} onCancel={onCancel} />
    </form>
  );
}
