import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { formatElapsed, formatTime } from '../../lib/datetime.ts';
import { useNow } from '../../lib/useDebounced.ts';
import { useOffShift } from '../staff/shift-api.ts';
import { ContactFields } from './ContactFields.tsx';
import { contactsApi } from './contacts-api.ts';
import { DiscardButton } from './DiscardButton.tsx';
import { DraftStatus } from './DraftStatus.tsx';
import {
  formFields,
  fromServer,
  toBody,
  validate,
  type ContactFormState,
  type FormErrors,
  type FormField,
} from './form-state.ts';
import { useDraftAutosave } from './useDraftAutosave.ts';

/** One opening of the form: its draft, when the clock started, and what it starts with. */
export interface FormSession {
  draftId: string;
  openedAt: string;
  initial: ContactFormState;
}

export type FormOutcome =
  { kind: 'logged'; durationMinutes: number } | { kind: 'discarded' } | { kind: 'closed' };

/** The form field each part of the state belongs to. */
const stateField: Record<keyof ContactFormState, FormField> = {
  channel: 'channel',
  contactBy: 'contactBy',
  partnerId: 'partner',
  topics: 'topics',
  urgency: 'urgency',
  actions: 'actions',
  referralPartnerId: 'referralPartner',
  person: 'person',
  oneToOnePhone: 'oneToOnePhone',
  notes: 'notes',
  durationMinutes: 'durationMinutes',
  householdAdult: 'householdAdult',
  childAges: 'childAges',
};

/** The first thing that can take focus inside a field: the chosen radio, else the first control. */
function focusInside(el: HTMLElement | null | undefined): void {
  if (!el) return;
  const target =
    el.querySelector<HTMLElement>('input:checked') ??
    el.querySelector<HTMLElement>('input, select, textarea, button') ??
    el;
  target.focus();
}

/** «Logg kontakt»: the clock, the draft kept while typing, the fields, and logging or discarding. */
export function ContactForm({
  me,
  session,
  headingId,
  onDone,
}: {
  me: Authenticated;
  session: FormSession;
  headingId: string;
  onDone: (outcome: FormOutcome) => void;
}) {
  const { t } = useTranslation();
  const { draftId, openedAt } = session;
  const [state, setState] = useState(session.initial);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [focusError, setFocusError] = useState<FormField | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useRef<Partial<Record<FormField, HTMLElement | null>>>({});
  const canLink = !useOffShift(me);
  const now = useNow(1000);
  const draft = useDraftAutosave(draftId, openedAt, state, dirty);
  const log = useMutation({ mutationFn: contactsApi.log });

  const update = (patch: Partial<ContactFormState>) => {
    setState((current) => ({ ...current, ...patch }));
    setDirty(true);
    // A field that changes is no longer wrong as far as anyone knows.
    const touched = Object.keys(patch).map((key) => stateField[key as keyof ContactFormState]);
    if (touched.some((name) => errors[name])) {
      setErrors((current) => {
        const next = { ...current };
        for (const name of touched) delete next[name];
        return next;
      });
    }
  };
  const fieldRef = (name: FormField) => (el: HTMLElement | null) => {
    fields.current[name] = el;
  };
  const errorText = (name: FormField) =>
    errors[name] ? t(`contacts.form.errors.${errors[name]}`) : undefined;

  // The clock starts when the form opens, and so does typing: the first choice has focus.
  useEffect(() => {
    const frame = requestAnimationFrame(() => focusInside(fields.current.channel));
    return () => cancelAnimationFrame(frame);
  }, []);

  // After a failed attempt the first field in error takes focus, once it is shown.
  useEffect(() => {
    if (focusError) focusInside(fields.current[focusError]);
  }, [focusError, attempt]);

  const showErrors = (found: FormErrors) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    setFocusError(formFields.find((name) => found[name]) ?? null);
  };

  const submit = async () => {
    if (submitting) return;
    setFailure(null);
    const found = validate(state, openedAt, draftId);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setSubmitting(true);
    // The last save must land first: a save after the contact is logged would revive the draft.
    await draft.stop();
    try {
      const result = await log.mutateAsync(toBody(state, openedAt, draftId));
      onDone({ kind: 'logged', durationMinutes: result.durationMinutes });
    } catch (error) {
      draft.resume();
      setSubmitting(false);
      const fromApi =
        error instanceof ApiError && error.code === 'validation_failed'
          ? fromServer(error.fields)
          : error instanceof ApiError && error.status === 404 && state.person
            ? ({ person: 'person_not_found' } satisfies FormErrors)
            : {};
      if (Object.keys(fromApi).length > 0) {
        showErrors(fromApi);
      } else {
        setFailure(error);
        setAttempt((n) => n + 1);
      }
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  // Enter on a choice, or Ctrl+Enter anywhere (a note included), logs the contact.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    const target = event.target;
    const onChoice =
      target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox');
    if (event.ctrlKey || event.metaKey || onChoice) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const discard = async () => {
    await draft.stop();
    await contactsApi.discardDraft(draftId).catch(() => undefined);
    onDone({ kind: 'discarded' });
  };

  const elapsedMs = now.getTime() - new Date(openedAt).getTime();

  return (
    <>
      <Dialog.Block className="havn-form-head">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('contacts.form.title')}
        </Heading>
        <div className="havn-form-clock">
          <p className="havn-form-clock__time">
            {t('contacts.form.openedAt', { time: formatTime(openedAt) })}{' '}
            <span className="havn-form-clock__elapsed">
              {t('contacts.form.elapsed', { elapsed: formatElapsed(elapsedMs) })}
            </span>
          </p>
          <DraftStatus status={draft.status} />
        </div>
        <Paragraph data-size="sm" className="havn-muted">
          {t('contacts.form.keyboardHint')}
        </Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        {failure !== null && (
          <Alert key={attempt} data-color="danger" role="alert" className="havn-form-failure">
            <Paragraph>{t(errorMessageKey(failure))}</Paragraph>
          </Alert>
        )}
        <form
          ref={formRef}
          className="havn-form havn-contact-form"
          onSubmit={onSubmit}
          onKeyDown={onKeyDown}
          noValidate
          aria-labelledby={headingId}
        >
          <ContactFields
            state={state}
            update={update}
            fieldRef={fieldRef}
            errorText={errorText}
            canLink={canLink}
            durationDescription={t('contacts.form.durationDescription', {
              minutes: Math.max(0, Math.round(elapsedMs / 60_000)),
            })}
          />
          <div className="havn-form-actions">
            <Button type="submit" loading={submitting}>
              {t('contacts.form.submit')}
            </Button>
            <DiscardButton onConfirm={() => void discard()} />
          </div>
        </form>
      </Dialog.Block>
    </>
  );
}
