import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Heading,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/client.ts';
import type { Authenticated } from '../../auth/me.ts';
import { formatElapsed, formatTime } from '../../lib/datetime.ts';
import { useNow } from '../../lib/useDebounced.ts';
import { useLatest } from '../../lib/useLatest.ts';
import { useOffShift } from '../../shift/shift-api.ts';
import { usePartners } from '../partners/partners-api.ts';
import { CheckboxGroup, RadioGroup } from './Choices.tsx';
import {
  contactActions,
  contactChannels,
  contactParties,
  contactsApi,
  contactTopics,
  contactUrgencies,
} from './contacts-api.ts';
import {
  asksForPartner,
  asksForReferralPartner,
  formFields,
  fromServer,
  toBody,
  validate,
  type ContactFormState,
  type FormErrors,
  type FormField,
} from './form-state.ts';
import { PartnerSelect } from './PartnerSelect.tsx';
import { HouseholdFields } from './HouseholdFields.tsx';
import { PersonLink } from './PersonLink.tsx';
import { useDraftAutosave, type SaveStatus } from './useDraftAutosave.ts';

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

function DraftStatus({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  if (status.state === 'failed') {
    return (
      <Paragraph data-size="sm" role="status" className="havn-form-clock__draft">
        {t('contacts.form.draft.failed')}
      </Paragraph>
    );
  }
  // Not a live region: a save every few seconds is not news.
  return (
    <Paragraph data-size="sm" className="havn-form-clock__draft havn-muted">
      {status.state === 'saved'
        ? t('contacts.form.draft.saved', { time: formatTime(status.at) })
        : status.state === 'saving'
          ? t('contacts.form.draft.saving')
          : t('contacts.form.draft.idle')}
    </Paragraph>
  );
}

/**
 * What a contact says, as form fields: shared by logging a contact and correcting one. The
 * caller owns the state, the errors and where focus goes (`fieldRef` marks each field).
 */
export function ContactFields({
  state,
  update,
  fieldRef,
  errorText,
  canLink,
  durationDescription,
}: {
  state: ContactFormState;
  update: (patch: Partial<ContactFormState>) => void;
  fieldRef: (name: FormField) => (el: HTMLElement | null) => void;
  errorText: (name: FormField) => string | undefined;
  canLink: boolean;
  durationDescription: string;
}) {
  const { t } = useTranslation();
  const partners = usePartners();
  const partnerList = partners.data ?? [];
  return (
    <>
      <RadioGroup
        fieldsetRef={fieldRef('channel')}
        legend={t('contacts.form.channel')}
        name="channel"
        options={contactChannels}
        label={(c) => t(`contacts.channels.${c}`)}
        value={state.channel}
        onChange={(channel) => update({ channel })}
        error={errorText('channel')}
        inline
      />
      <RadioGroup
        fieldsetRef={fieldRef('contactBy')}
        legend={t('contacts.form.contactBy')}
        name="contactBy"
        options={contactParties}
        label={(p) => t(`contacts.parties.${p}`)}
        value={state.contactBy}
        onChange={(contactBy) => update({ contactBy })}
        error={errorText('contactBy')}
        inline
      />
      {asksForPartner(state) && (
        <div ref={fieldRef('partner')}>
          <PartnerSelect
            label={t('contacts.form.partner')}
            description={
              state.channel === 'referral'
                ? t('contacts.form.partnerRequired')
                : t('contacts.form.partnerOptional')
            }
            value={state.partnerId}
            onChange={(partnerId) => update({ partnerId })}
            partners={partnerList}
            error={errorText('partner')}
          />
        </div>
      )}
      <CheckboxGroup
        fieldsetRef={fieldRef('topics')}
        legend={t('contacts.form.topics')}
        description={t('contacts.form.topicsDescription')}
        name="topics"
        options={contactTopics}
        label={(topic) => t(`contacts.topics.${topic}`)}
        value={state.topics}
        onChange={(topics) => update({ topics })}
        error={errorText('topics')}
      />
      <RadioGroup
        fieldsetRef={fieldRef('urgency')}
        legend={t('contacts.form.urgency')}
        name="urgency"
        options={contactUrgencies}
        label={(u) => t(`contacts.urgencies.${u}`)}
        value={state.urgency}
        onChange={(urgency) => update({ urgency })}
        error={errorText('urgency')}
        inline
      />
      <CheckboxGroup
        fieldsetRef={fieldRef('actions')}
        legend={t('contacts.form.actions')}
        description={t('contacts.form.actionsDescription')}
        name="actions"
        options={contactActions}
        label={(a) => t(`contacts.actions.${a}`)}
        value={state.actions}
        onChange={(actions) => update({ actions })}
        error={errorText('actions')}
      />
      {asksForReferralPartner(state) && (
        <div ref={fieldRef('referralPartner')}>
          <PartnerSelect
            label={t('contacts.form.referralPartner')}
            value={state.referralPartnerId}
            onChange={(referralPartnerId) => update({ referralPartnerId })}
            partners={partnerList}
            error={errorText('referralPartner')}
          />
        </div>
      )}
      <div ref={fieldRef('person')}>
        <PersonLink
          person={state.person}
          onChange={(person) =>
            update(person ? { person } : { person: null, oneToOnePhone: false })
          }
          canLink={canLink}
          error={errorText('person')}
        />
      </div>
      <HouseholdFields
        state={state}
        update={update}
        errorText={errorText}
        adultRef={fieldRef('householdAdult')}
        agesRef={fieldRef('childAges')}
      />
      <div ref={fieldRef('oneToOnePhone')}>
        <Checkbox
          label={t('contacts.form.oneToOne')}
          description={t('contacts.form.oneToOneDescription')}
          checked={state.oneToOnePhone}
          onChange={(e) => update({ oneToOnePhone: e.target.checked })}
          error={errorText('oneToOnePhone')}
          aria-invalid={errorText('oneToOnePhone') ? true : undefined}
        />
      </div>
      <div ref={fieldRef('notes')}>
        <Textfield
          multiline
          rows={3}
          label={t('contacts.form.notes')}
          description={t('contacts.form.notesDescription')}
          value={state.notes}
          onChange={(e) => update({ notes: e.target.value })}
          error={errorText('notes')}
        />
      </div>
      <div ref={fieldRef('durationMinutes')}>
        <Textfield
          label={t('contacts.form.duration')}
          description={durationDescription}
          inputMode="numeric"
          autoComplete="off"
          className="havn-code-field"
          value={state.durationMinutes}
          onChange={(e) => update({ durationMinutes: e.target.value })}
          error={errorText('durationMinutes')}
        />
      </div>
    </>
  );
}

function ContactForm({
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
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [focusError, setFocusError] = useState<FormField | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useRef<Partial<Record<FormField, HTMLElement | null>>>({});
  const discardRef = useRef<HTMLButtonElement>(null);
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
            {confirmDiscard ? (
              <div
                className="havn-confirm__question"
                role="group"
                aria-label={t('contacts.form.discard')}
              >
                <Paragraph data-size="sm">{t('contacts.form.discardQuestion')}</Paragraph>
                <div className="havn-actions">
                  <Button
                    data-color="danger"
                    data-size="sm"
                    autoFocus
                    onClick={() => void discard()}
                  >
                    {t('contacts.form.discardConfirm')}
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      setConfirmDiscard(false);
                      requestAnimationFrame(() => discardRef.current?.focus());
                    }}
                  >
                    {t('common.cancel')}
                  </Button>
                </div>
              </div>
            ) : (
              <Button
                ref={discardRef}
                variant="tertiary"
                data-color="danger"
                onClick={() => setConfirmDiscard(true)}
              >
                {t('contacts.form.discard')}
              </Button>
            )}
          </div>
        </form>
      </Dialog.Block>
    </>
  );
}

/**
 * "Logg kontakt" in a modal dialog. Closing it (Escape, the close button) keeps what was typed
 * as a draft, offered again on the page; only "Forkast" throws it away.
 *
 * `onClosed` runs on the dialog's own close event: the browser has given focus back to whatever
 * opened the dialog by then, so focus moved there is not taken away again. (When the form is
 * saved, the dialog is closed by an effect after the render, at no fixed moment.)
 */
export function ContactFormDialog({
  me,
  session,
  onDone,
  onClosed,
}: {
  me: Authenticated;
  session: FormSession | null;
  onDone: (outcome: FormOutcome) => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onClosedRef = useLatest(onClosed);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const closed = () => onClosedRef.current();
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, [onClosedRef]);
  return (
    <Dialog
      ref={dialogRef}
      open={session !== null}
      onClose={() => onDone({ kind: 'closed' })}
      closeButton={t('contacts.form.close')}
      aria-labelledby={headingId}
      className="havn-dialog havn-dialog--form"
    >
      {session && (
        <ContactForm
          key={session.draftId}
          me={me}
          session={session}
          headingId={headingId}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}
