import type { DepartureDestination, DepartureReason } from '@havn/domain';
import { departureDestinations, departureReasons } from '@havn/domain';
import { Checkbox, Fieldset, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors.ts';
import { Form, RadioField, SelectField, SubmitButton, TextField, useZodForm } from '../../lib/form';
import { formatDayAndTime } from '../day-service/oslo-time.ts';
import {
  departureFormSchema,
  departureFormValues,
  type DepartureFormValues,
} from './departure-form.ts';
import {
  refreshAfterDeparture,
  useRegisterDeparture,
  type DepartureView,
} from './departures-api.ts';
import { DepartureLoader } from './DepartureLoader.tsx';
import { StayDialog } from './StayDialog.tsx';

type Values = DepartureFormValues;

/** The options of a destination or a reason select, after its "choose" (or "as the adult"). */
function OutcomeOptions({ kind, empty }: { kind: 'destination' | 'reason'; empty: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Select.Option value="">{empty}</Select.Option>
      {kind === 'destination'
        ? departureDestinations.map((v: DepartureDestination) => (
            <Select.Option key={v} value={v}>
              {t(`departures.destinations.${v}`)}
            </Select.Option>
          ))
        : departureReasons.map((v: DepartureReason) => (
            <Select.Option key={v} value={v}>
              {t(`departures.reasons.${v}`)}
            </Select.Option>
          ))}
    </>
  );
}

const atMessages = {
  in_future: 'departures.departure.errors.future',
  before_arrival: 'departures.departure.errors.beforeArrival',
} as const;

export function DepartureForm({
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
  const schema = useMemo(
    () => departureFormSchema(new Date(view.earliestDepartureAt), version),
    [view.earliestDepartureAt, version],
  );
  const form = useZodForm(schema, {
    defaultValues: departureFormValues(children.map((c) => c.personId)),
  });
  const withoutNotice = useWatch({ control: form.control, name: 'withoutNotice' });
  const earliest = { time: formatDayAndTime(view.earliestDepartureAt, { year: true }) };
  const choose = t('departures.departure.choose');
  const sameAsAdult = t('departures.departure.sameAsAdult');

  return (
    <Form
      form={form}
      className="havn-form"
      // The server's clock decides: a time it refuses says why at the field, in words.
      serverFields={{ 'body.at': 'atDate' }}
      failureKey={(error) =>
        error instanceof ApiError && error.code === 'conflict'
          ? 'departures.departure.conflict'
          : undefined
      }
      onSubmit={async (body) => {
        await register.mutateAsync(body);
        onDone();
      }}
    >
      <Paragraph data-size="sm">{t('departures.departure.intro')}</Paragraph>
      <Checkbox
        label={t('departures.departure.withoutNotice')}
        {...form.register('withoutNotice')}
      />
      <div className="havn-form__row">
        <TextField<Values>
          name="atDate"
          type="date"
          label={t(
            withoutNotice ? 'departures.departure.lastKnownDate' : 'departures.departure.date',
          )}
          messages={atMessages}
          messageValues={earliest}
        />
        <TextField<Values>
          name="atTime"
          type="time"
          label={t(
            withoutNotice ? 'departures.departure.lastKnownTime' : 'departures.departure.time',
          )}
        />
      </div>
      <SelectField<Values>
        name="destination"
        label={t('departures.departure.destination')}
        messages={{ default: 'departures.departure.errors.destination' }}
      >
        <OutcomeOptions kind="destination" empty={choose} />
      </SelectField>
      <SelectField<Values>
        name="reason"
        label={t('departures.departure.reason')}
        messages={{ default: 'departures.departure.errors.reason' }}
      >
        <OutcomeOptions kind="reason" empty={choose} />
      </SelectField>
      {children.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('departures.departure.children')}</Fieldset.Legend>
          {children.map((child, i) => (
            <div key={child.personId} className="havn-form__row">
              <SelectField<Values>
                name={`children.${i}.destination`}
                label={t('departures.departure.childDestination', { label: child.label })}
              >
                <OutcomeOptions kind="destination" empty={sameAsAdult} />
              </SelectField>
              <SelectField<Values>
                name={`children.${i}.reason`}
                label={t('departures.departure.childReason', { label: child.label })}
              >
                <OutcomeOptions kind="reason" empty={sameAsAdult} />
              </SelectField>
            </div>
          ))}
        </Fieldset>
      )}
      <RadioField<Values, 'yes' | 'no' | ''>
        name="police"
        label={t('departures.departure.police')}
        description={t('departures.departure.policeHelp')}
        options={['yes', 'no', '']}
        optionLabel={(value) =>
          value === 'yes'
            ? t('common.yes')
            : value === 'no'
              ? t('common.no')
              : t('departures.departure.policeNotStated')
        }
      />
      {withoutNotice && (
        <Fieldset>
          <Fieldset.Legend>{t('departures.departure.followUp')}</Fieldset.Legend>
          <RadioField<Values, 'yes' | 'no' | ''>
            name="policeNotified"
            label={t('departures.departure.policeNotified')}
            options={['yes', 'no']}
            optionLabel={(value) => (value === 'yes' ? t('common.yes') : t('common.no'))}
          />
          <TextField<Values>
            multiline
            rows={3}
            name="contactsTried"
            label={t('departures.departure.contactsTried')}
            description={t('departures.departure.contactsHelp')}
            maxLength={2000}
          />
        </Fieldset>
      )}
      <div className="havn-actions">
        <SubmitButton>{t('departures.departure.submit')}</SubmitButton>
      </div>
    </Form>
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
