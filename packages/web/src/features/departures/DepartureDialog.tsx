import {
  departureFromTypedMinute,
  type DepartureDestination,
  type DepartureReason,
} from '@havn/domain';
import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { FormError } from '../login/FormError.tsx';
import { formatDayAndTime, osloDate, osloTime } from '../appointments/oslo-time.ts';
import {
  refreshAfterDeparture,
  useRegisterDeparture,
  type DepartureView,
} from './departures-api.ts';
import { DepartureLoader } from './DepartureLoader.tsx';
import { DateTimeFields, OutcomeSelect, policeNeeded, typedInstant } from './fields.tsx';
import { StayDialog } from './StayDialog.tsx';

type Problem = 'at' | 'destination' | 'reason' | 'police' | 'contactsTried';
type Choice = { destination: string; reason: string };
type Police = 'yes' | 'no' | '';

function DepartureForm({
  view,
  version,
  onDone,
}: {
  view: DepartureView;
  version: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const register = useRegisterDeparture(view.stayId);
  const children = view.household.filter((m) => m.isChild);
  const [adultChoice, setAdultChoice] = useState<Choice>({ destination: '', reason: '' });
  const [childChoices, setChildChoices] = useState<Record<string, Choice>>({});
  const [police, setPolice] = useState<Police>('');
  const [withoutNotice, setWithoutNotice] = useState(false);
  const [policeNotified, setPoliceNotified] = useState<Police>('');
  const [errors, setErrors] = useState<Partial<Record<Problem, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const policeErrorId = useId();
  const refs = {
    at: useRef<HTMLInputElement>(null),
    destination: useRef<HTMLSelectElement>(null),
    reason: useRef<HTMLSelectElement>(null),
    police: useRef<HTMLInputElement>(null),
    contactsTried: useRef<HTMLTextAreaElement>(null),
  };
  // The current minute: what a time field can hold. Typed back unchanged it means now, and within
  // the minute the stay began it means that moment (`departureFromTypedMinute`), never before.
  const now = new Date();
  const earliest = new Date(view.earliestDepartureAt);
  const beforeEarliest = t('departures.departure.errors.beforeArrival', {
    time: formatDayAndTime(view.earliestDepartureAt, { year: true }),
  });
  const childOutcome = (id: string): Choice => ({
    destination: childChoices[id]?.destination || adultChoice.destination,
    reason: childChoices[id]?.reason || adultChoice.reason,
  });
  const needsPolice = policeNeeded([adultChoice, ...children.map((c) => childOutcome(c.personId))]);

  const show = (found: Partial<Record<Problem, string>>) => {
    setErrors(found);
    const first = (Object.keys(refs) as Problem[]).find((p) => found[p]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const form = new FormData(event.currentTarget);
    const typed = typedInstant(form, 'at');
    const at = typed && departureFromTypedMinute(typed, earliest);
    const contactsTried = String(form.get('contactsTried') ?? '').trim();
    const found: Partial<Record<Problem, string>> = {};
    if (!at) found.at = t('departures.departure.errors.date');
    else if (at.getTime() > Date.now()) found.at = t('departures.departure.errors.future');
    else if (at < earliest) found.at = beforeEarliest;
    if (!adultChoice.destination) found.destination = t('departures.departure.errors.destination');
    if (!adultChoice.reason) found.reason = t('departures.departure.errors.reason');
    if (needsPolice && police === '') found.police = t('departures.departure.errors.police');
    if (withoutNotice && contactsTried === '')
      found.contactsTried = t('departures.departure.errors.contactsTried');
    register.reset();
    setAttempt((n) => n + 1);
    if (show(found) || !at) return;
    register.mutate(
      {
        version,
        at: at.toISOString(),
        destination: adultChoice.destination as DepartureDestination,
        reason: adultChoice.reason as DepartureReason,
        policeInvolved: police === '' ? null : police === 'yes',
        withoutNotice: withoutNotice
          ? { policeNotified: policeNotified === 'yes', contactsTried }
          : null,
        children: children.map((c) => {
          const o = childOutcome(c.personId);
          return {
            personId: c.personId,
            destination: o.destination as DepartureDestination,
            reason: o.reason as DepartureReason,
          };
        }),
      },
      {
        onSuccess: onDone,
        // The server's clock decides: a time it refuses says why at the field, in words.
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const code = error.fields.find((f) => f.path === 'body.at')?.code;
          if (code === 'before_arrival') show({ at: beforeEarliest });
          else if (code === 'in_future') show({ at: t('departures.departure.errors.future') });
        },
      },
    );
  };

  const failure =
    register.isError && Object.keys(errors).length === 0
      ? register.error instanceof ApiError && register.error.code === 'conflict'
        ? t('departures.departure.conflict')
        : t(errorMessageKey(register.error))
      : null;

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <Paragraph data-size="sm">{t('departures.departure.intro')}</Paragraph>
      <FormError message={failure} attempt={attempt} />
      <Checkbox
        label={t('departures.departure.withoutNotice')}
        checked={withoutNotice}
        onChange={(e) => setWithoutNotice(e.target.checked)}
      />
      <DateTimeFields
        prefix="at"
        dateRef={refs.at}
        dateLabel={t(
          withoutNotice ? 'departures.departure.lastKnownDate' : 'departures.departure.date',
        )}
        timeLabel={t(
          withoutNotice ? 'departures.departure.lastKnownTime' : 'departures.departure.time',
        )}
        defaultDate={osloDate(now)}
        defaultTime={osloTime(now)}
        error={errors.at}
      />
      <OutcomeSelect
        kind="destination"
        selectRef={refs.destination}
        label={t('departures.departure.destination')}
        value={adultChoice.destination}
        onChange={(destination) => setAdultChoice((c) => ({ ...c, destination }))}
        error={errors.destination}
        emptyLabel={t('departures.departure.choose')}
      />
      <OutcomeSelect
        kind="reason"
        selectRef={refs.reason}
        label={t('departures.departure.reason')}
        value={adultChoice.reason}
        onChange={(reason) => setAdultChoice((c) => ({ ...c, reason }))}
        error={errors.reason}
        emptyLabel={t('departures.departure.choose')}
      />
      {children.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('departures.departure.children')}</Fieldset.Legend>
          {children.map((child) => (
            <div key={child.personId} className="havn-form__row">
              <OutcomeSelect
                kind="destination"
                label={t('departures.departure.childDestination', { label: child.label })}
                value={childChoices[child.personId]?.destination ?? ''}
                onChange={(destination) =>
                  setChildChoices((all) => ({
                    ...all,
                    [child.personId]: { reason: '', ...all[child.personId], destination },
                  }))
                }
                emptyLabel={t('departures.departure.sameAsAdult')}
              />
              <OutcomeSelect
                kind="reason"
                label={t('departures.departure.childReason', { label: child.label })}
                value={childChoices[child.personId]?.reason ?? ''}
                onChange={(reason) =>
                  setChildChoices((all) => ({
                    ...all,
                    [child.personId]: { destination: '', ...all[child.personId], reason },
                  }))
                }
                emptyLabel={t('departures.departure.sameAsAdult')}
              />
            </div>
          ))}
        </Fieldset>
      )}
      <Fieldset
        aria-invalid={errors.police ? true : undefined}
        aria-describedby={errors.police ? policeErrorId : undefined}
      >
        <Fieldset.Legend>{t('departures.departure.police')}</Fieldset.Legend>
        <Fieldset.Description>{t('departures.departure.policeHelp')}</Fieldset.Description>
        {(['yes', 'no', ''] as const).map((value, i) => (
          <Radio
            key={value || 'none'}
            ref={i === 0 ? refs.police : undefined}
            name="police"
            value={value}
            label={
              value === 'yes'
                ? t('common.yes')
                : value === 'no'
                  ? t('common.no')
                  : t('departures.departure.policeNotStated')
            }
            checked={police === value}
            onChange={() => setPolice(value)}
          />
        ))}
        {errors.police && <ValidationMessage id={policeErrorId}>{errors.police}</ValidationMessage>}
      </Fieldset>
      {withoutNotice && (
        <Fieldset>
          <Fieldset.Legend>{t('departures.departure.followUp')}</Fieldset.Legend>
          <Fieldset>
            <Fieldset.Legend>{t('departures.departure.policeNotified')}</Fieldset.Legend>
            {(['yes', 'no'] as const).map((value) => (
              <Radio
                key={value}
                name="policeNotified"
                value={value}
                label={value === 'yes' ? t('common.yes') : t('common.no')}
                checked={policeNotified === value}
                onChange={() => setPoliceNotified(value)}
              />
            ))}
          </Fieldset>
          <Textfield
            ref={refs.contactsTried}
            multiline
            rows={3}
            name="contactsTried"
            label={t('departures.departure.contactsTried')}
            description={t('departures.departure.contactsHelp')}
            maxLength={2000}
            error={errors.contactsTried}
          />
        </Fieldset>
      )}
      <div className="havn-actions">
        <Button type="submit" loading={register.isPending}>
          {t('departures.departure.submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Registering a departure, from the move-out board and the stay page: a button that opens the
 * dialog. `version` is the stay's version as the caller read it; `onDone` runs when the dialog
 * is closed after the stay has ended (the beds are then being cleaned) — not before, so that the
 * confirmation is read before the caller's page changes.
 */
export function DepartureDialog({
  stayId,
  version,
  onDone,
  label,
}: {
  stayId: string;
  version: number;
  onDone: () => void;
  /** Who leaves, for the button's accessible name where several are listed. */
  label?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <StayDialog
      open={open}
      buttonText={t('departures.departure.open')}
      title={t('departures.departure.title')}
      label={label}
      variant="secondary"
      done={done ? t('departures.departure.done') : null}
      onOpen={() => {
        setDone(false);
        setOpen(true);
      }}
      onClose={() => {
        setOpen(false);
        if (done) void refreshAfterDeparture().then(onDone);
      }}
    >
      <DepartureLoader stayId={stayId}>
        {(view) => <DepartureForm view={view} version={version} onDone={() => setDone(true)} />}
      </DepartureLoader>
    </StayDialog>
  );
}
