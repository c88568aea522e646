import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../../api/errors.ts';
import { FormError } from '../../lib/FormError.tsx';
import { osloDate, osloTime } from '../day-service/oslo-time.ts';
import { useCorrectStay, type DepartureView } from './departures-api.ts';
import { DepartureLoader } from './DepartureLoader.tsx';
import { StayDialog } from './StayDialog.tsx';
import { DateTimeFields, typedInstant } from './fields.tsx';

type Problem = 'arrival' | 'departure' | 'reason';
const reasonMinLength = 15;

const fieldOf: Record<string, Problem> = {
  'body.arrivalAt': 'arrival',
  'body.departureAt': 'departure',
  'body.reason': 'reason',
};

function CorrectionForm({ view, onDone }: { view: DepartureView; onDone: (n: number) => void }) {
  const { t } = useTranslation();
  const correct = useCorrectStay(view.stayId);
  const [errors, setErrors] = useState<Partial<Record<Problem, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const refs = {
    arrival: useRef<HTMLInputElement>(null),
    departure: useRef<HTMLInputElement>(null),
    reason: useRef<HTMLTextAreaElement>(null),
  };
  const show = (found: Partial<Record<Problem, string>>) => {
    setErrors(found);
    const first = (Object.keys(refs) as Problem[]).find((p) => found[p]);
    if (first) refs[first].current?.focus();
    return first !== undefined;
  };
  const serverText: Record<string, string> = {
    reason_too_short: t('departures.correction.errors.reason'),
    before_arrival: t('departures.correction.errors.order'),
    in_future: t('departures.correction.errors.future'),
    after_move: t('departures.correction.errors.move'),
    before_move: t('departures.correction.errors.move'),
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (correct.isPending) return;
    const form = new FormData(event.currentTarget);
    const arrival = typedInstant(form, 'arrival');
    const departure = view.departureAt ? typedInstant(form, 'departure') : null;
    const reason = String(form.get('reason') ?? '').trim();
    const found: Partial<Record<Problem, string>> = {};
    if (!arrival) found.arrival = t('departures.correction.errors.date');
    if (view.departureAt && !departure) found.departure = t('departures.correction.errors.date');
    if (arrival && departure && departure < arrival)
      found.departure = t('departures.correction.errors.order');
    if (reason.length < reasonMinLength) found.reason = t('departures.correction.errors.reason');
    correct.reset();
    setAttempt((n) => n + 1);
    if (show(found) || !arrival) return;
    const changed = (before: string | null, after: Date | null) =>
      after !== null && before !== null && after.getTime() !== new Date(before).getTime();
    // Not `mutate`'s callbacks: the stay is fetched again once the correction is saved, and the
    // new version remounts this form before they would run.
    correct
      .mutateAsync({
        version: view.version,
        ...(changed(view.arrivalAt, arrival) || !changed(view.departureAt, departure)
          ? { arrivalAt: arrival.toISOString() }
          : {}),
        ...(departure && changed(view.departureAt, departure)
          ? { departureAt: departure.toISOString() }
          : {}),
        reason,
      })
      .then(
        (result) => onDone(result.overnights),
        (error: unknown) => {
          if (error instanceof ApiError && error.code === 'validation_failed') {
            const fromServer: Partial<Record<Problem, string>> = {};
            for (const f of error.fields) {
              const field = fieldOf[f.path];
              if (field) fromServer[field] = serverText[f.code] ?? t(errorMessageKey(error));
            }
            show(fromServer);
          }
        },
      );
  };

  const failure =
    correct.isError && Object.keys(errors).length === 0
      ? correct.error instanceof ApiError && correct.error.code === 'conflict'
        ? t('departures.correction.conflict')
        : t(errorMessageKey(correct.error))
      : null;

  return (
    <form className="havn-form" onSubmit={onSubmit} noValidate>
      <Paragraph data-size="sm">{t('departures.correction.intro')}</Paragraph>
      <FormError message={failure} attempt={attempt} />
      <Fieldset>
        <Fieldset.Legend>{t('departures.correction.arrival')}</Fieldset.Legend>
        <DateTimeFields
          prefix="arrival"
          dateRef={refs.arrival}
          dateLabel={t('departures.correction.date')}
          timeLabel={t('departures.correction.time')}
          defaultDate={osloDate(new Date(view.arrivalAt))}
          defaultTime={osloTime(view.arrivalAt)}
          error={errors.arrival}
        />
      </Fieldset>
      {view.departureAt && (
        <Fieldset>
          <Fieldset.Legend>{t('departures.correction.departure')}</Fieldset.Legend>
          <DateTimeFields
            prefix="departure"
            dateRef={refs.departure}
            dateLabel={t('departures.correction.date')}
            timeLabel={t('departures.correction.time')}
            defaultDate={osloDate(new Date(view.departureAt))}
            defaultTime={osloTime(view.departureAt)}
            error={errors.departure}
          />
        </Fieldset>
      )}
      <Textfield
        ref={refs.reason}
        multiline
        rows={3}
        name="reason"
        label={t('departures.correction.reason')}
        description={t('departures.correction.reasonHelp')}
        maxLength={1000}
        error={errors.reason}
      />
      <div className="havn-actions">
        <Button type="submit" loading={correct.isPending}>
          {t('departures.correction.submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * The unit leader's correction of a stay's arrival or departure, with a reason: a button that
 * opens the dialog. For the move-out board and the stay page.
 */
export function CorrectionDialog({
  stayId,
  label,
  onDone,
}: {
  stayId: string;
  label?: string;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [overnights, setOvernights] = useState<number | null>(null);
  return (
    <StayDialog
      open={open}
      buttonText={t('departures.correction.open')}
      title={t('departures.correction.title')}
      label={label}
      variant="tertiary"
      done={overnights === null ? null : t('departures.correction.done', { count: overnights })}
      onOpen={() => {
        setOvernights(null);
        setOpen(true);
      }}
      onClose={() => setOpen(false)}
    >
      <DepartureLoader stayId={stayId}>
        {(view) => (
          <CorrectionForm
            key={view.version}
            view={view}
            onDone={(n) => {
              setOvernights(n);
              onDone?.();
            }}
          />
        )}
      </DepartureLoader>
    </StayDialog>
  );
}
