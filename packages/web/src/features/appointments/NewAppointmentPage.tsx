import { appointmentPlaces, appointmentProblems, transportKinds } from '@havn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { useCase, usePerson, type PersonRef } from '../day-users/day-users-api.ts';
import { PersonPicker } from '../day-users/PersonPicker.tsx';
import { DayServicePage, Loading } from '../day-users/ui.tsx';
import { FormError } from '../login/FormError.tsx';
import { StaffPicker } from '../staff/StaffPicker.tsx';
import { usePartnerOptions, type PartnerOption } from '../meetings/meetings-api.ts';
import {
  useBookAppointment,
  type AppointmentPlace,
  type TransportKind,
} from './appointments-api.ts';
import type { BookedState } from './CalendarPage.tsx';
import { isDate, isTime, osloDate, osloInstant } from './oslo-time.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidParam = (value: string | null) => (value && uuidPattern.test(value) ? value : null);

type Field = 'person' | 'date' | 'start' | 'end' | 'place' | 'staff' | 'transport';
type Errors = Partial<Record<Field, string>>;

const text = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};

/** The partner select: partners of the kind the place names first, then the rest. */
function PartnerSelect({
  place,
  partners,
  value,
  onChange,
}: {
  place: AppointmentPlace;
  partners: PartnerOption[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const offered = partners.filter((p) => p.active || p.id === value);
  const suggested = offered.filter((p) => p.type === place);
  const others = offered.filter((p) => p.type !== place);
  return (
    <Field>
      <Label>{t('dayService.appointmentForm.partner')}</Label>
      <Field.Description>{t('dayService.appointmentForm.partnerDescription')}</Field.Description>
      <Select name="partnerId" value={value} onChange={(e) => onChange(e.target.value)}>
        <Select.Option value="">{t('dayService.appointmentForm.partnerNone')}</Select.Option>
        {suggested.length > 0 && (
          <Select.Optgroup label={t('dayService.appointmentForm.partnerSuggested')}>
            {suggested.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {p.name}
              </Select.Option>
            ))}
          </Select.Optgroup>
        )}
        <Select.Optgroup label={t('dayService.appointmentForm.partnerOthers')}>
          {others.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
        </Select.Optgroup>
      </Select>
    </Field>
  );
}

function AppointmentForm({
  me,
  caseId,
  personId,
  initialDate,
}: {
  me: Authenticated;
  caseId: string | null;
  personId: string | null;
  initialDate: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dayCase = useCase(caseId ?? '', caseId !== null);
  const givenPerson = usePerson(caseId === null ? personId : null);
  const partners = usePartnerOptions();
  const book = useBookAppointment();
  const [picked, setPicked] = useState<PersonRef | null>(null);
  const [place, setPlace] = useState<AppointmentPlace>('centre');
  const [partnerId, setPartnerId] = useState('');
  const [staffIds, setStaffIds] = useState<string[]>([me.user.id]);
  const [withoutStaff, setWithoutStaff] = useState(false);
  const [transport, setTransport] = useState<TransportKind>('none');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const transportErrorId = useId();
  const refs = {
    person: useRef<HTMLInputElement>(null),
    date: useRef<HTMLInputElement>(null),
    start: useRef<HTMLInputElement>(null),
    end: useRef<HTMLInputElement>(null),
    place: useRef<HTMLSelectElement>(null),
    staff: useRef<HTMLInputElement>(null),
    transport: useRef<HTMLInputElement>(null),
  } satisfies Record<Field, unknown>;

  // Whom it is for: the case's person (when a case came along and the user may open it), the
  // person given without a case, or one the user finds by name.
  const fromCase =
    caseId !== null && dayCase.data && (personId === null || dayCase.data.person.id === personId)
      ? dayCase.data
      : null;
  const given = fromCase?.person ?? givenPerson.data ?? null;
  const person = given ?? picked;
  const outside = place !== 'centre';

  const show = (found: Errors) => {
    setErrors(found);
    const first = (Object.keys(refs) as Field[]).find((f) => found[f]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (book.isPending) return;
    const form = new FormData(event.currentTarget);
    const date = String(form.get('date') ?? '');
    const start = String(form.get('start') ?? '');
    const end = String(form.get('end') ?? '');
    const found: Errors = {};
    if (!isDate(date)) found.date = t('dayService.appointmentForm.errors.dateMissing');
    if (!isTime(start)) found.start = t('dayService.appointmentForm.errors.startMissing');
    if (!isTime(end)) found.end = t('dayService.appointmentForm.errors.endMissing');
    const chosenTransport = outside ? transport : 'none';
    let startsAt: Date | null = null;
    let endsAt: Date | null = null;
    if (!found.date && !found.start && !found.end) {
      startsAt = osloInstant(date, start);
      endsAt = osloInstant(date, end);
      for (const problem of appointmentProblems({
        startsAt,
        endsAt,
        place,
        staffCount: staffIds.length,
        transport: chosenTransport,
        withoutStaffConfirmed: withoutStaff,
      })) {
        if (problem === 'ends_before_start')
          found.end = t('dayService.appointmentForm.errors.endsBeforeStart');
        if (problem === 'too_long') found.end = t('dayService.appointmentForm.errors.tooLong');
        if (problem === 'outside_needs_staff')
          found.staff = t('dayService.appointmentForm.errors.outsideNeedsStaff');
        if (problem === 'transport_needs_outside')
          found.transport = t('dayService.appointmentForm.errors.transportNeedsOutside');
      }
    }
    book.reset();
    if (show(found) || !startsAt || !endsAt) return;
    setAttempt((n) => n + 1);
    book.mutate(
      {
        personId: person?.id ?? null,
        caseId: fromCase ? fromCase.id : null,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        place,
        partnerId: partnerId === '' ? null : partnerId,
        placeNote: text(form, 'placeNote'),
        staffIds,
        withoutStaffConfirmed: outside && staffIds.length === 0 && withoutStaff,
        transport: chosenTransport,
        safetyNote: text(form, 'safetyNote'),
      },
      {
        onSuccess: ({ id }) => {
          const state: BookedState = { booked: id };
          void navigate(`/calendar?${new URLSearchParams({ dato: date })}`, { state });
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const fromServer: Errors = {};
          for (const f of error.fields) {
            if (f.code === 'ends_before_start')
              fromServer.end = t('dayService.appointmentForm.errors.endsBeforeStart');
            else if (f.code === 'too_long')
              fromServer.end = t('dayService.appointmentForm.errors.tooLong');
            else if (f.code === 'outside_needs_staff')
              fromServer.staff = t('dayService.appointmentForm.errors.outsideNeedsStaff');
            else if (f.code === 'unknown_staff')
              fromServer.staff = t('dayService.appointmentForm.errors.unknownStaff');
            else if (f.code === 'transport_needs_outside')
              fromServer.transport = t('dayService.appointmentForm.errors.transportNeedsOutside');
          }
          show(fromServer);
        },
      },
    );
  };

  const formError =
    book.isError && Object.keys(errors).length === 0 ? t(errorMessageKey(book.error)) : null;

  let subject;
  if ((caseId !== null && dayCase.isPending) || givenPerson.isLoading) {
    subject = <Loading text={t('dayService.appointmentForm.caseLoading')} />;
  } else if (fromCase) {
    subject = (
      <Paragraph>
        {t('dayService.appointmentForm.forCase', { name: fromCase.person.displayName })}
      </Paragraph>
    );
  } else if (given) {
    subject = (
      <Paragraph>
        {t('dayService.appointmentForm.forPerson', { name: given.displayName })}
      </Paragraph>
    );
  } else {
    subject = (
      <>
        {((caseId !== null && dayCase.isError) || givenPerson.isError) && (
          <Alert data-color="warning">
            <Paragraph>{t('dayService.appointmentForm.caseFailed')}</Paragraph>
          </Alert>
        )}
        <PersonPicker
          label={t('dayService.appointmentForm.personLegend')}
          description={t('dayService.appointmentForm.personDescription')}
          value={picked}
          onChange={setPicked}
          error={errors.person}
          inputRef={refs.person}
        />
      </>
    );
  }

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      {subject}
      <Fieldset>
        <Fieldset.Legend>{t('dayService.appointmentForm.when')}</Fieldset.Legend>
        <div className="havn-form__row">
          <Textfield
            ref={refs.date}
            type="date"
            name="date"
            label={t('dayService.appointmentForm.date')}
            defaultValue={initialDate}
            error={errors.date}
          />
          <Textfield
            ref={refs.start}
            type="time"
            name="start"
            label={t('dayService.appointmentForm.start')}
            error={errors.start}
          />
          <Textfield
            ref={refs.end}
            type="time"
            name="end"
            label={t('dayService.appointmentForm.end')}
            error={errors.end}
          />
        </div>
      </Fieldset>
      <Field>
        <Label>{t('dayService.appointmentForm.place')}</Label>
        <Select
          ref={refs.place}
          name="place"
          value={place}
          onChange={(e) => {
            const next = e.target.value as AppointmentPlace;
            setPlace(next);
            // The partner that fitted the old place is unlikely to fit the new one.
            if (partnerId !== '' && partners.data?.find((p) => p.id === partnerId)?.type !== next)
              setPartnerId('');
            if (next === 'centre') setTransport('none');
          }}
        >
          {appointmentPlaces.map((p) => (
            <Select.Option key={p} value={p}>
              {t(`dayService.places.${p}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {outside && partners.data && (
        <PartnerSelect
          place={place}
          partners={partners.data}
          value={partnerId}
          onChange={setPartnerId}
        />
      )}
      <Textfield
        name="placeNote"
        label={t('dayService.appointmentForm.placeNote')}
        maxLength={300}
        autoComplete="off"
      />
      <StaffPicker
        multiple
        label={t('dayService.appointmentForm.staff')}
        description={t('dayService.appointmentForm.staffDescription')}
        meId={me.user.id}
        value={staffIds}
        onChange={setStaffIds}
        error={errors.staff}
        inputRef={refs.staff}
      >
        {outside && staffIds.length === 0 && (
          <Checkbox
            name="withoutStaff"
            label={t('dayService.appointmentForm.withoutStaff')}
            checked={withoutStaff}
            onChange={(e) => setWithoutStaff(e.target.checked)}
          />
        )}
      </StaffPicker>
      {outside && (
        <Fieldset
          aria-invalid={errors.transport ? true : undefined}
          aria-describedby={errors.transport ? transportErrorId : undefined}
        >
          <Fieldset.Legend>{t('dayService.appointmentForm.transportLegend')}</Fieldset.Legend>
          <Fieldset.Description>
            {t('dayService.appointmentForm.transportDescription')}
          </Fieldset.Description>
          {transportKinds.map((kind, index) => (
            <Radio
              key={kind}
              ref={index === 0 ? refs.transport : undefined}
              name="transport"
              value={kind}
              label={t(`dayService.transport.${kind}`)}
              checked={transport === kind}
              onChange={() => setTransport(kind)}
            />
          ))}
          {errors.transport && (
            <ValidationMessage id={transportErrorId}>{errors.transport}</ValidationMessage>
          )}
        </Fieldset>
      )}
      <Textfield
        multiline
        rows={3}
        name="safetyNote"
        label={t('dayService.appointmentForm.safetyNote')}
        description={t('dayService.appointmentForm.safetyNoteDescription')}
        maxLength={1000}
      />
      <div>
        <Button type="submit" loading={book.isPending}>
          {t('dayService.appointmentForm.submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * /calendar/ny: book an appointment. From a day-user case as `?person=<id>&sak=<id>`, with the
 * person and the case filled in; `?dato=` picks the day.
 */
export function NewAppointmentPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const caseId = uuidParam(params.get('sak'));
  const personId = uuidParam(params.get('person'));
  const rawDate = params.get('dato') ?? '';
  const initialDate = isDate(rawDate) ? rawDate : osloDate();
  return (
    <DayServicePage title={t('dayService.appointmentForm.title')} permission="appointments.manage">
      {(me) => (
        <>
          <Paragraph variant="long">{t('dayService.appointmentForm.intro')}</Paragraph>
          <AppointmentForm
            key={`${caseId ?? ''} ${personId ?? ''}`}
            me={me}
            caseId={caseId}
            personId={personId}
            initialDate={initialDate}
          />
        </>
      )}
    </DayServicePage>
  );
}
