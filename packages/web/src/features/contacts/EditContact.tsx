import { Alert, Button, Dialog, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { useAuthenticated } from '../../auth/authenticated.ts';
import { useOffShift } from '../staff/shift-api.ts';
import { ContactFields } from './ContactFields.tsx';
import {
  contactsApi,
  useContactDetail,
  type ContactDetail,
  type EditContactBody,
} from './contacts-api.ts';
import {
  formFields,
  fromServer,
  toBody,
  validate,
  type ContactFormState,
  type FormErrors,
  type FormField,
} from './form-state.ts';

function stateOf(contact: ContactDetail): ContactFormState {
  return {
    channel: contact.channel,
    contactBy: contact.contactBy,
    partnerId: contact.partner?.id ?? null,
    topics: contact.topics,
    urgency: contact.urgency,
    actions: contact.actions,
    referralPartnerId: contact.referralPartner?.id ?? null,
    person: contact.person ? { id: contact.person.id, displayName: contact.person.name } : null,
    oneToOnePhone: contact.oneToOnePhone,
    notes: contact.notes ?? '',
    durationMinutes: String(contact.durationMinutes),
    householdAdult: contact.household?.adultGender ?? '',
    childAges: contact.household?.children.map((c) => c.age).join(', ') ?? '',
  };
}

/**
 * Only what changed goes to the server. A person this user may not open shows as none here and,
 * left alone, stays linked.
 */
function changes(before: ContactFormState, after: ContactFormState, version: number) {
  const from = toBody(before, '', '');
  const to = toBody(after, '', '');
  const body: EditContactBody = { version };
  for (const key of Object.keys(to) as (keyof typeof to)[]) {
    if (key === 'openedAt' || key === 'draftId') continue;
    if (JSON.stringify(from[key]) !== JSON.stringify(to[key]))
      (body as Record<string, unknown>)[key] = to[key];
  }
  return body;
}

function EditForm({
  contact,
  headingId,
  onSaved,
  onConflict,
}: {
  contact: ContactDetail;
  headingId: string;
  onSaved: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const canLink = !useOffShift(me);
  const initial = useRef(stateOf(contact)).current;
  const [state, setState] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [note, setNote] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [focusError, setFocusError] = useState<FormField | null>(null);
  const fields = useRef<Partial<Record<FormField, HTMLElement | null>>>({});
  const edit = useMutation({
    mutationFn: (body: EditContactBody) => contactsApi.edit(contact.id, body),
  });

  useEffect(() => {
    const el = focusError ? fields.current[focusError] : null;
    (el?.querySelector<HTMLElement>('input:checked, input, select, textarea') ?? el)?.focus();
  }, [focusError, attempt]);

  const update = (patch: Partial<ContactFormState>) => setState((s) => ({ ...s, ...patch }));
  const showErrors = (found: FormErrors) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    setFocusError(formFields.find((name) => found[name]) ?? null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (edit.isPending) return;
    setNote(null);
    const found = validate(state, '', '');
    if (state.durationMinutes.trim() === '') found.durationMinutes = 'duration_format';
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    const body = changes(initial, state, contact.version);
    if (Object.keys(body).length === 1) {
      setNote(t('contacts.edit.unchanged'));
      return;
    }
    edit.mutate(body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'conflict') onConflict();
        else if (error instanceof ApiError && error.code === 'validation_failed')
          showErrors(fromServer(error.fields));
        else setAttempt((n) => n + 1);
      },
    });
  };

  const failed =
    edit.isError &&
    !(
      edit.error instanceof ApiError && ['conflict', 'validation_failed'].includes(edit.error.code)
    );

  return (
    <form
      className="havn-form havn-contact-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <div role="status">
        {note && (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{note}</Paragraph>
          </Alert>
        )}
      </div>
      {failed && (
        <Alert key={attempt} data-color="danger" role="alert">
          <Paragraph>{t(errorMessageKey(edit.error))}</Paragraph>
        </Alert>
      )}
      <ContactFields
        state={state}
        update={update}
        fieldRef={(name) => (el) => {
          fields.current[name] = el;
        }}
        errorText={(name) => (errors[name] ? t(`contacts.form.errors.${errors[name]}`) : undefined)}
        canLink={canLink}
        durationDescription={t('contacts.edit.durationDescription')}
      />
      <div className="havn-form-actions">
        <Button type="submit" loading={edit.isPending}>
          {t('contacts.edit.submit')}
        </Button>
      </div>
    </form>
  );
}

/** "Endre" on a logged contact: the same fields as logging it, saved at the version read. */
export function EditContactDialog({
  contactId,
  onClose,
}: {
  contactId: string | null;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const detail = useContactDetail(contactId ?? '', contactId !== null);
  const [conflict, setConflict] = useState(false);
  const contact = detail.data && detail.data.id === contactId ? detail.data : null;
  return (
    <Dialog
      open={contactId !== null}
      onClose={() => onClose(false)}
      closeButton={t('contacts.edit.close')}
      aria-labelledby={headingId}
      className="havn-dialog havn-dialog--form"
    >
      {contactId !== null && (
        <>
          <Dialog.Block className="havn-form-head">
            <Heading level={2} data-size="sm" id={headingId}>
              {t('contacts.edit.title')}
            </Heading>
            <Paragraph data-size="sm" className="havn-muted">
              {t('contacts.edit.intro')}
            </Paragraph>
          </Dialog.Block>
          <Dialog.Block>
            {conflict && (
              <Alert data-color="warning" role="alert">
                <Paragraph>{t('contacts.edit.conflict')}</Paragraph>
              </Alert>
            )}
            {detail.isError ? (
              <Alert data-color="danger" role="alert">
                <Paragraph>{t(errorMessageKey(detail.error))}</Paragraph>
              </Alert>
            ) : contact ? (
              <EditForm
                key={contact.version}
                contact={contact}
                headingId={headingId}
                onSaved={() => {
                  setConflict(false);
                  onClose(true);
                }}
                onConflict={() => {
                  setConflict(true);
                  void detail.refetch();
                }}
              />
            ) : (
              <Paragraph className="havn-status__line" role="status">
                <Spinner aria-hidden data-size="sm" />
                {t('contacts.edit.loading')}
              </Paragraph>
            )}
          </Dialog.Block>
        </>
      )}
    </Dialog>
  );
}
