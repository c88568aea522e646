import { needsPoliceRecord, type DepartureDestination, type DepartureReason } from '@havn/domain';
import { Textfield } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { isDate, isTime, osloInstant } from '../day-service/oslo-time.ts';

/** A date and a time on Oslo's clock, typed side by side. */
export function DateTimeFields({
  prefix,
  dateLabel,
  timeLabel,
  defaultDate,
  defaultTime,
  error,
  dateRef,
}: {
  prefix: string;
  dateLabel: string;
  timeLabel: string;
  defaultDate: string;
  defaultTime: string;
  error?: string | undefined;
  dateRef?: Ref<HTMLInputElement>;
}) {
  return (
    <div className="havn-form__row">
      <Textfield
        ref={dateRef}
        type="date"
        name={`${prefix}Date`}
        label={dateLabel}
        defaultValue={defaultDate}
        error={error}
      />
      <Textfield type="time" name={`${prefix}Time`} label={timeLabel} defaultValue={defaultTime} />
    </div>
  );
}

/** The instant typed in a `DateTimeFields`, or null when it is not a date and a time. */
export function typedInstant(form: FormData, prefix: string): Date | null {
  const date = String(form.get(`${prefix}Date`) ?? '');
  const time = String(form.get(`${prefix}Time`) ?? '');
  return isDate(date) && isTime(time) ? osloInstant(date, time) : null;
}

/** Whether any of the household's choices so far needs the police involvement on record. */
export const policeNeeded = (outcomes: readonly { destination: string; reason: string }[]) =>
  outcomes.some((o) =>
    needsPoliceRecord(o.destination as DepartureDestination, o.reason as DepartureReason),
  );
