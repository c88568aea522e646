import { appointmentPlaces, appointmentProblems } from '@havn/domain';
import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import type { Authenticated } from '../../auth/me.ts';
import { useCase, usePerson, type PersonRef } from './day-users-api.ts';
import { FormError } from '../../lib/FormError.tsx';
import { usePartnerOptions } from './meetings-api.ts';
import { StaffPicker } from '../staff/StaffPicker.tsx';
import { problemErrors, text, type Errors, type Field as FormField } from './appointment-form.ts';
import { AppointmentPartnerSelect } from './AppointmentPartnerSelect.tsx';
import {
  useBookAppointment,
  type AppointmentPlace,
  type TransportKind,
} from './appointments-api.ts';
import { AppointmentSubject } from './AppointmentSubject.tsx';
import type { BookedState } from './CalendarPage.tsx';
import { isDate, isTime, osloInstant } from './oslo-time.ts';
import { TransportFieldset } from './TransportFieldset.tsx';

/** The booking form: whom, when, where, with whom and how they get there. */
export function AppointmentForm({
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
  const refs = {
    person: useRef<HTMLInputElement>(null),
    date: useRef<HTMLInputElement>(null),
    start: useRef<HTMLInputElement>(null),
    end: useRef<HTMLInputElement>(null),
    place: useRef<HTMLSelectElement>(null),
    staff: useRef<HTMLInputElement>(null),
    transport: useRef<HTMLInputElement>(null),
  } satisfies Record<FormField, unknown>;

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
    const first = (Object.keys(refs) as FormField[]).find((f) => found[f]);
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
      problemErrors(
        t,
        appointmentProblems({
          startsAt,
          endsAt,
          place,
          staffCount: staffIds.length,
          transport: chosenTransport,
          withoutStaffConfirmed: withoutStaff,
        }),
        found,
      );
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
          show(
            problemErrors(
              t,
              error.fields.map((f) => f.code),
            ),
          );
        },
      },
    );
  };

  const formError =
    book.isError && Object.keys(errors).length === 0 ? t(errorMessageKey(book.error)) : null;

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <FormError message={formError} attempt={attempt} />
      <AppointmentSubject
        loading={(caseId !== null && dayCase.isPending) || givenPerson.isLoading}
        failed={(caseId !== null && dayCase.isError) || givenPerson.isError}
        caseName={fromCase?.person.displayName ?? null}
        givenName={given?.displayName ?? null}
        picked={picked}
        onPick={setPicked}
        error={errors.person}
        inputRef={refs.person}
      />
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
        <AppointmentPartnerSelect
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
        <TransportFieldset
          value={transport}
          onChange={setTransport}
          error={errors.transport}
          inputRef={refs.transport}
        />
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
