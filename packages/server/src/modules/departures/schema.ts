import { departureBody, instant, outcome } from '@havn/domain/contract/departures';
import { z } from 'zod';

// The departure's body is the web's too: it lives in the shared contract.
export { departureBody };

const id = z.string();

export const stayIdParams = z.object({ id: z.uuid({ error: 'Not a stay id' }) });

export const departureResponse = z.object({ id, version: z.number().int() });

const member = z.object({
  personId: id,
  /** Alias or initials — never a name. */
  label: z.string(),
  isChild: z.boolean(),
});

export const departureView = z.object({
  stayId: id,
  version: z.number().int(),
  arrivalAt: z.string(),
  /** The earliest a departure may be registered at: the arrival, or the household's last move. */
  earliestDepartureAt: z.string(),
  departureAt: z.string().nullable(),
  household: z.array(member),
  departure: z
    .object({
      departedAt: z.string(),
      ...outcome,
      policeInvolved: z.boolean().nullable(),
      withoutNotice: z
        .object({ policeNotified: z.boolean().nullable(), contactsTried: z.string() })
        .nullable(),
      children: z.array(z.object({ personId: id, ...outcome })),
      registeredAt: z.string(),
      registeredBy: z.string(),
    })
    .nullable(),
  corrections: z.array(
    z.object({
      correctedAt: z.string(),
      correctedBy: z.string(),
      oldArrivalAt: z.string(),
      newArrivalAt: z.string(),
      oldDepartureAt: z.string().nullable(),
      newDepartureAt: z.string().nullable(),
      reason: z.string(),
    }),
  ),
});

export const correctionBody = z
  .object({
    version: z.number().int().min(1),
    arrivalAt: instant.optional(),
    departureAt: instant.optional(),
    /** Why: at least 15 characters. Kept sealed; the audit holds only which fields changed. */
    reason: z.string().trim().max(1000),
  })
  .refine((b) => b.arrivalAt !== undefined || b.departureAt !== undefined, {
    message: 'Give the arrival, the departure, or both',
    path: ['arrivalAt'],
  });

export const correctionResponse = z.object({
  version: z.number().int(),
  arrivalAt: z.string(),
  departureAt: z.string().nullable(),
  /** Overnights and the six-week clock after the correction. */
  overnights: z.number().int(),
  daysBeyondLimit: z.number().int(),
});
