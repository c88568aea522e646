import { consentRecipients, type ConsentForm, type ConsentScope } from '@havn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthenticated } from '../../../auth/authenticated.ts';
import { can } from '../../../auth/me.ts';
import {
  formatDayAndTime,
  formatShortDate,
  isDate,
  osloDate,
} from '../../day-service/oslo-time.ts';
import { revealIdentity, type Intake } from '../intake-api.ts';
import type { StepProps } from './step.ts';
import { useStep } from './useStep.tsx';

/** The answers standing now, per scope (the latest, not withdrawn). */
function standing(intake: Intake): Partial<Record<ConsentScope, boolean>> {
  const result: Partial<Record<ConsentScope, boolean>> = {};
  for (const c of intake.consents) if (c.withdrawnOn === null) result[c.scope] = c.granted;
  return result;
}

/** Without consent to registration: the real identity, sealed for the unit leader. */
function SealedIdentity({ intake, onDone }: { intake: Intake; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useAuthenticated();
  const step = useStep(intake.id, 'identity');
  const [error, setError] = useState<string | undefined>();
  const [revealed, setRevealed] = useState<string | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const firstName = String(form.get('firstName') ?? '').trim();
    if (!firstName) {
      setError(t('intake.consent.identity.firstNameMissing'));
      firstRef.current?.focus();
      return;
    }
    const birthDate = String(form.get('birthDate') ?? '');
    step.save(
      {
        version: intake.version,
        identity: {
          firstName,
          lastName: String(form.get('lastName') ?? '').trim() || null,
          birthDate: isDate(birthDate) ? birthDate : null,
        },
      },
      onDone,
    );
  };
  return (
    <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
      <Heading level={3} data-size="xs">
        {t('intake.consent.identity.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('intake.consent.identity.description')}</Paragraph>
      {intake.anonymous && <Paragraph>{t('intake.consent.identity.held')}</Paragraph>}
      {step.error}
      <Textfield
        ref={firstRef}
        name="firstName"
        label={t('intake.consent.identity.firstName')}
        error={error}
        autoComplete="off"
      />
      <Textfield name="lastName" label={t('intake.consent.identity.lastName')} autoComplete="off" />
      <Textfield
        className="havn-ds-short-field"
        type="date"
        name="birthDate"
        label={t('intake.consent.identity.birthDate')}
      />
      <div className="havn-intake__actions">
        <Button type="submit" variant="secondary" loading={step.pending}>
          {t('intake.consent.identity.save')}
        </Button>
        {intake.anonymous && can(me, 'intake.reveal_identity') && (
          <Button
            variant="tertiary"
            onClick={() =>
              void revealIdentity(intake.id).then(({ identity }) =>
                setRevealed(
                  [identity.firstName, identity.lastName, identity.birthDate]
                    .filter(Boolean)
                    .join(' '),
                ),
              )
            }
          >
            {t('intake.consent.identity.reveal')}
          </Button>
        )}
      </div>
      {revealed && <Paragraph role="status">{revealed}</Paragraph>}
    </form>
  );
}

/** Consent first: to be registered, and to share with each recipient; how and when given. */
export function ConsentStep({ intake, onDone }: StepProps) {
  const { t } = useTranslation();
  const step = useStep(intake.id, 'consent');
  const now = standing(intake);
  // An active choice (GDPR art. 4(11)): nothing is chosen until the person has answered.
  const [registration, setRegistration] = useState<boolean | null>(now.registration ?? null);
  const [registrationError, setRegistrationError] = useState<string | undefined>();
  const registrationRef = useRef<HTMLInputElement>(null);
  const registrationErrorId = useId();
  const registrationName = useId();
  const [how, setHow] = useState<ConsentForm>('oral');
  const [sharing, setSharing] = useState<string[]>(consentRecipients.filter((r) => now[r]));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (registration === null) {
      setRegistrationError(t('intake.consent.registrationMissing'));
      registrationRef.current?.focus();
      return;
    }
    setRegistrationError(undefined);
    const givenOn = String(new FormData(event.currentTarget).get('givenOn') ?? '');
    const on = isDate(givenOn) ? { givenOn } : {};
    // A recipient never asked about gets no answer, rather than a refusal the person never gave.
    const asked = consentRecipients.filter((r) => sharing.includes(r) || now[r] !== undefined);
    step.save(
      {
        version: intake.version,
        answers: [
          { scope: 'registration', granted: registration, how, ...on },
          ...asked.map((r) => ({ scope: r, granted: sharing.includes(r), how, ...on })),
        ],
      },
      () => registration && onDone(),
    );
  };
  const recorded = (c: Intake['consents'][number]) =>
    t('intake.consent.recorded', {
      name: c.recordedBy.name,
      when: formatDayAndTime(c.recordedAt),
    });
  const answer = (c: Intake['consents'][number]) =>
    t('intake.consent.historyItem', {
      scope: t(`intake.consent.scopes.${c.scope}`),
      answer: c.granted ? t('intake.consent.granted') : t('intake.consent.refused'),
      how: t(`intake.consent.howOptions.${c.how}`),
      date: formatShortDate(c.givenOn),
    });
  const current = intake.consents.filter((c) => c.withdrawnOn === null);
  const history = intake.consents.filter((c) => c.withdrawnOn !== null);
  return (
    <>
      <form className="havn-intake__form" onSubmit={onSubmit} noValidate>
        <Paragraph variant="long">{t('intake.consent.intro')}</Paragraph>
        {step.error}
        <Fieldset
          aria-invalid={registrationError ? true : undefined}
          aria-describedby={registrationError ? registrationErrorId : undefined}
        >
          <Fieldset.Legend>{t('intake.consent.registration')}</Fieldset.Legend>
          <Fieldset.Description>{t('intake.consent.registrationDescription')}</Fieldset.Description>
          {([true, false] as const).map((granted) => (
            <Radio
              key={String(granted)}
              ref={granted ? registrationRef : undefined}
              name={registrationName}
              value={granted ? 'yes' : 'no'}
              label={granted ? t('common.yes') : t('common.no')}
              checked={registration === granted}
              onChange={() => setRegistration(granted)}
            />
          ))}
          {registrationError && (
            <ValidationMessage id={registrationErrorId}>{registrationError}</ValidationMessage>
          )}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('intake.consent.sharing')}</Fieldset.Legend>
          {consentRecipients.map((r) => (
            <Checkbox
              key={r}
              label={t(`intake.consent.scopes.${r}`)}
              value={r}
              checked={sharing.includes(r)}
              onChange={(e) =>
                setSharing(e.target.checked ? [...sharing, r] : sharing.filter((x) => x !== r))
              }
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('intake.consent.how')}</Fieldset.Legend>
          {(['oral', 'written'] as const).map((h) => (
            <Radio
              key={h}
              name="how"
              value={h}
              label={t(`intake.consent.howOptions.${h}`)}
              checked={how === h}
              onChange={() => setHow(h)}
            />
          ))}
        </Fieldset>
        <Textfield
          className="havn-ds-short-field"
          type="date"
          name="givenOn"
          label={t('intake.consent.givenOn')}
          defaultValue={osloDate()}
        />
        <div>
          <Button type="submit" loading={step.pending}>
            {t('intake.save')}
          </Button>
        </div>
        {current.length > 0 && (
          <>
            <Heading level={3} data-size="xs">
              {t('intake.consent.standing')}
            </Heading>
            <ul>
              {current.map((c) => (
                <li key={c.id}>
                  {answer(c)}, {recorded(c)}
                </li>
              ))}
            </ul>
          </>
        )}
        {history.length > 0 && (
          <>
            <Heading level={3} data-size="xs">
              {t('intake.consent.history')}
            </Heading>
            <ul>
              {history.map((c) => (
                <li key={c.id}>
                  {answer(c)}, {recorded(c)},{' '}
                  {t('intake.consent.withdrawn', { date: formatShortDate(c.withdrawnOn!) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </form>
      {(registration === false || intake.anonymous) && (
        <Alert data-color="info">
          <SealedIdentity intake={intake} onDone={onDone} />
        </Alert>
      )}
    </>
  );
}
