import { bedKinds, bedStates, placeConditions, placeTiers } from '@havn/domain';
import { z } from 'zod';
import { id, instant, needFields, version } from './schema.ts';

export const stayIdParams = z.object({ id: z.uuid({ error: 'Not a stay id' }) });
export const bedIdParams = z.object({ id: z.uuid({ error: 'Not a bed id' }) });

const newAlias = z.string().trim().min(1).max(100);

export const startStayBody = z.object({
  /** The adult (a person record that is not a child's); or `newPerson`, not both. */
  personId: z.uuid().optional(),
  /**
   * An adult known by alias only, registered in the stay's transaction: a stay refused (the last
   * bed went to someone else) leaves no record behind, so trying another bed registers nobody twice.
   */
  newPerson: z.object({ alias: newAlias, gender: z.enum(['female', 'male', 'other']) }).optional(),
  bedId: z.uuid(),
  children: z
    .array(
      z.object({
        /** The child's record; or `alias`, not both. */
        personId: z.uuid().optional(),
        /** A child known by alias only, registered with the stay as `newPerson` is. */
        alias: newAlias.optional(),
        bedId: z.uuid(),
        /** Used only when the child's record has no birth date (cot or bed). */
        age: z.number().int().min(0).max(17).optional(),
      }),
    )
    .max(10)
    .default([]),
  /** Defaults to now; never in the future. */
  arrivalAt: instant.optional(),
  need: needFields.prefault({}),
  /**
   * The reservation this household takes up. Without it, a reservation held for this very
   * person on these beds is taken up; any other reserved bed is refused (409).
   */
  reservationId: z.uuid().optional(),
  /**
   * The home municipality at arrival, which the stay's agreement follows; null when it is not
   * known. Left out: the one on the person's record. Corrected later on the stay page.
   */
  homeMunicipalityNumber: z
    .string()
    .regex(/^\d{4}$/, 'A four-digit municipality number')
    .nullable()
    .optional(),
});

export const stayFlags = z.object({ lentScreened: z.boolean(), transitionForWoman: z.boolean() });
export const startStayResponse = z.object({
  id,
  version: z.number().int(),
  flags: stayFlags,
  /** The adult's record, and the children's in the order given: new ones included. */
  personId: id,
  childIds: z.array(id),
});

export const moveBody = z.object({
  version,
  /** Defaults to now; never in the future, never before the person came to the bed they leave. */
  at: instant.optional(),
  moves: z
    .array(z.object({ personId: z.uuid(), bedId: z.uuid() }))
    .min(1)
    .max(11),
  need: needFields.prefault({}),
});

export const stayChangeResponse = z.object({ version: z.number().int(), flags: stayFlags });

export const outOfServiceBody = z.object({
  reason: z.string().trim().min(1, 'Say why the bed is out of service').max(200),
});

export const bedStatusResponse = z.object({ bedId: id, state: z.enum(bedStates) });

export const moveOptionsResponse = z.object({
  options: z.array(
    z.object({
      rank: z.number().int(),
      unitId: id,
      unitName: z.string(),
      roomId: id.nullable(),
      roomName: z.string().nullable(),
      tier: z.enum(placeTiers),
      condition: z.enum(placeConditions).nullable(),
      /** The people whose bed changes, each with the bed they move to. */
      moves: z.array(
        z.object({
          personId: id,
          isChild: z.boolean(),
          bedId: id,
          bedLabel: z.string(),
          bedKind: z.enum(bedKinds),
        }),
      ),
    }),
  ),
});
