import { firstContactSources } from '@havn/domain';
import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { FormError } from '../../lib/FormError.tsx';
import { PrimaryContactPicker } from '../staff/PrimaryContactPicker.tsx';
import { isDate, osloDate } from './oslo-time.ts';
import {
  fetchCases,
  useStartCase,
  type FirstContactSource,
  type PersonRef,
} from './day-users-api.ts';
import { PersonPicker } from './PersonPicker.tsx';
import { DayServicePage } from './ui.tsx';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The case grows out of a logged contact: the server takes the person the contact is linked to,
 * so nothing is typed again. (The contact itself is not read here: `GET /api/contacts/:id` hangs
 * the SQLite server when the contact names a person; see the day-service report.)
 */
function FromContact({ anonymous }: { anonymous: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="havn-ds-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('dayService.newCase.fromContact.heading')}
      </Heading>
      {anonymous ? (
        <Alert data-color="warning">
          <Paragraph>{t('dayService.newCase.fromContact.anonymous')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t('dayService.newCase.fromContact.person')}</Paragraph>
      )}
    </section>
  );
}

type Field = 'person' | 'firstContactBy' | 'startedOn';

/**
 * The form. From a logged contact that names a person, the person comes from the contact and is
 * not asked again; otherwise the user finds the person by name.
 */
function NewCaseForm({ me, contactId }: { me: Authenticated; contactId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartCase();
  // The server said the contact names nobody: the user picks the person instead.
  const [anonymous, setAnonymous] = useState(false);
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [firstContact, setFirstContact] = useState<FirstContactSource | null>(null);
  // Opening the case names nobody unless the unit leader does.
  const [primaryContactId, setPrimaryContactId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [openCase, setOpenCase] = useState<string | null>(null);
  const firstContactErrorId = useId();
  const refs = {
    person: useRef<HTMLInputElement>(null),
    firstContactBy: useRef<HTMLInputElement>(null),
    startedOn: useRef<HTMLInputElement>(null),
  };

  const fromContact = contactId !== null && !anonymous ? contactId : null;

  const focusFirst = (found: Partial<Record<Field, string>>) => {
    const first = (Object.keys(refs) as Field[]).find((f) => found[f]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };

  /** A 409: the person has an open case already. Find it, to offer a link. */
  const findOpenCase = async (personId: string) => {
    try {
      const cases = await fetchCases('open');
      setOpenCase(cases.find((c) => c.person.id === personId)?.id ?? null);
    } catch {
      setOpenCase(null);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const form = new FormData(event.currentTarget);
    const startedOn = String(form.get('startedOn') ?? '');
    const found: Partial<Record<Field, string>> = {};
    if (!fromContact && !person) found.person = t('dayService.newCase.personMissing');
    if (!firstContact) found.firstContactBy = t('dayService.newCase.firstContactMissing');
    if (!isDate(startedOn)) found.startedOn = t('dayService.newCase.startedOnMissing');
    setErrors(found);
    setOpenCase(null);
    start.reset();
    if (focusFirst(found) || !firstContact) return;
    setAttempt((n) => n + 1);
    const personId = person?.id;
    start.mutate(
      {
        ...(fromContact ? { fromContactId: fromContact } : { personId: person!.id }),
        startedOn,
        firstContactBy: firstContact,
        primaryContactId,
      },
      {
        onSuccess: ({ id }) => void navigate(`/day-users/${encodeURIComponent(id)}`),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'conflict' && personId) {
            void findOpenCase(personId);
          }
          if (
            error instanceof ApiError &&
            error.fields.some((f) => f.code === 'anonymous_contact')
          ) {
            setAnonymous(true);
            start.reset();
            requestAnimationFrame(() => refs.person.current?.focus());
          }
        },
      },
    );
  };

  let formError: string | null = null;
  if (start.isError) {
    const error = start.error;
    if (error instanceof ApiError && error.code === 'conflict') {
      formError = t('dayService.newCase.errors.alreadyOpen');
    } else if (
      error instanceof ApiError &&
      error.fields.some((f) => f.code === 'anonymous_contact')
    ) {
      formError = t('dayService.newCase.errors.anonymous');
    } else {
      formError = t(errorMessageKey(error));
    }
  }

  return (
    <>
      {contactId !== null && <FromContact anonymous={anonymous} />}
      <form className="havn-form" onSubmit={onSubmit} noValidate>
        <FormError message={formError} attempt={attempt} />
        {openCase && (
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/day-users/${encodeURIComponent(openCase)}`}>
                {t('dayService.newCase.errors.openCase')}
              </RouterLink>
            </Link>
          </Paragraph>
        )}
        {!fromContact && (
          <PersonPicker
            label={t('dayService.newCase.personLegend')}
            value={person}
            onChange={(next) => {
              setPerson(next);
              setErrors((e) => ({ ...e, person: undefined }));
            }}
            error={errors.person}
            inputRef={refs.person}
          />
        )}
        <Fieldset
          aria-invalid={errors.firstContactBy ? true : undefined}
          aria-describedby={errors.firstContactBy ? firstContactErrorId : undefined}
        >
          <Fieldset.Legend>{t('dayService.newCase.firstContactBy')}</Fieldset.Legend>
          {firstContactSources.map((source, index) => (
            <Radio
              key={source}
              ref={index === 0 ? refs.firstContactBy : undefined}
              name="firstContactBy"
              value={source}
              label={t(`dayService.firstContact.${source}`)}
              checked={firstContact === source}
              onChange={() => {
                setFirstContact(source);
                setErrors((e) => ({ ...e, firstContactBy: undefined }));
              }}
            />
          ))}
          {errors.firstContactBy && (
            <ValidationMessage id={firstContactErrorId}>{errors.firstContactBy}</ValidationMessage>
          )}
        </Fieldset>
        <Textfield
          ref={refs.startedOn}
          className="havn-ds-short-field"
          type="date"
          name="startedOn"
          label={t('dayService.newCase.startedOn')}
          defaultValue={osloDate()}
          error={errors.startedOn}
        />
        <PrimaryContactPicker
          me={me}
          currentId={null}
          currentName={null}
          label={t('dayService.newCase.primaryContact')}
          description={t('dayService.newCase.primaryContactDescription')}
          noneLabel={t('staff.primaryContact.none')}
          value={primaryContactId}
          onChange={setPrimaryContactId}
        />
        <div>
          <Button type="submit" loading={start.isPending}>
            {t('dayService.newCase.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * /day-users/ny: a new day-user case, for a person found by name, or, from the contact log as
 * `?fraKontakt=<id>`, for the person a logged contact is linked to, without retyping anything.
 */
export function NewDayUserPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const raw = params.get('fraKontakt');
  const contactId = raw && uuidPattern.test(raw) ? raw : null;
  return (
    <DayServicePage title={t('dayService.newCase.title')} permission="day_service.manage">
      {(me) => (
        <>
          <Paragraph variant="long">{t('dayService.newCase.intro')}</Paragraph>
          {/* Keyed by contact: another contact is another form. */}
          <NewCaseForm key={contactId ?? ''} me={me} contactId={contactId} />
        </>
      )}
    </DayServicePage>
  );
}
