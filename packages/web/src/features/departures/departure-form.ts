import { departureFromTypedMinute } from '@havn/domain';
import { outcome, withoutNotice } from '@havn/domain/contract/departures';
import { z } from 'zod';
import { isDate, isTime, osloDate, osloInstant, osloTime } from '../day-service/oslo-time.ts';
import type { RegisterDepartureBody } from './departures-api.ts';
import { policeNeeded } from './fields.tsx';

/** A yes, a no, or (for the police) not stated. */
const yesNo = z.enum(['yes', 'no', '']);
/** A child's choice: '' is "the same as the adult". */
const orSameAsAdult = <S extends z.ZodType>(choice: S) => z.union([z.literal(''), choice]);

/** The instant typed, on Oslo's clock, or null when it is not a date and a time. */
function typedAt(date: string, time: string, earliest: Date): Date | null {
  if (!isDate(date) || !isTime(time)) return null;
  // Typed back unchanged the current minute means now, and within the minute the stay began it
  // means that moment (`departureFromTypedMinute`), never before.
  return departureFromTypedMinute(osloInstant(date, time), earliest);
}

/**
 * The departure form, checked by the API's own outcomes and rules; the moment must lie between
 * the stay's earliest departure and now, on the browser's clock as the server checks on its own.
 */
export const departureFormSchema = (earliest: Date, version: number) =>
  z
    .object({
      withoutNotice: z.boolean(),
      atDate: z.string(),
      atTime: z.string(),
      destination: outcome.destination,
      reason: outcome.reason,
      children: z.array(
        z.object({
          personId: z.string(),
          destination: orSameAsAdult(outcome.destination),
          reason: orSameAsAdult(outcome.reason),
        }),
      ),
      police: yesNo,
      policeNotified: yesNo,
      contactsTried: withoutNotice.shape.contactsTried,
    })
    .superRefine((v, ctx) => {
      const at = typedAt(v.atDate, v.atTime, earliest);
      const atProblem = !at
        ? 'departures.departure.errors.date'
        : at.getTime() > Date.now()
          ? 'departures.departure.errors.future'
          : at < earliest
            ? 'departures.departure.errors.beforeArrival'
            : null;
      if (atProblem) ctx.addIssue({ code: 'custom', path: ['atDate'], message: atProblem });
      if (v.police === '' && policeNeeded(outcomesOf(v)))
        ctx.addIssue({
          code: 'custom',
          path: ['police'],
          message: 'departures.departure.errors.police',
        });
      if (v.withoutNotice && v.contactsTried === '')
        ctx.addIssue({
          code: 'custom',
          path: ['contactsTried'],
          message: 'departures.departure.errors.contactsTried',
        });
    })
    .transform((v): RegisterDepartureBody => ({
      version,
      at: typedAt(v.atDate, v.atTime, earliest)!.toISOString(),
      destination: v.destination,
      reason: v.reason,
      policeInvolved: v.police === '' ? null : v.police === 'yes',
      withoutNotice: v.withoutNotice
        ? { policeNotified: v.policeNotified === 'yes', contactsTried: v.contactsTried }
        : null,
      children: v.children.map((c) => ({
        personId: c.personId,
        destination: c.destination || v.destination,
        reason: c.reason || v.reason,
      })),
    }));
export type DepartureFormValues = z.input<ReturnType<typeof departureFormSchema>>;

/** Each member's destination and reason as chosen so far: a child's blank is the adult's. */
export function outcomesOf(v: {
  destination: string;
  reason: string;
  children: readonly { destination: string; reason: string }[];
}) {
  return [
    { destination: v.destination, reason: v.reason },
    ...v.children.map((c) => ({
      destination: c.destination || v.destination,
      reason: c.reason || v.reason,
    })),
  ];
}

/** The form as it opens: now, nothing chosen, every child as the adult. */
export function departureFormValues(childIds: readonly string[]): DepartureFormValues {
  const now = new Date();
  return {
    withoutNotice: false,
    atDate: osloDate(now),
    atTime: osloTime(now),
    // "Choose": a select starts on it, and the schema refuses it.
    destination: '' as DepartureFormValues['destination'],
    reason: '' as DepartureFormValues['reason'],
    children: childIds.map((personId) => ({ personId, destination: '', reason: '' })),
    police: '',
    policeNotified: '',
    contactsTried: '',
  };
}
