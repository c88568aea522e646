import { bedKinds, floorNeeds, waitingResolutions } from '@havn/domain';
import { z } from 'zod';
import { findBody } from './find-schema.ts';
import { id, instant, version } from './schema.ts';

/** Alias or initials — never a name: the board shows it to everyone on duty. */
const householdLabel = z
  .string()
  .trim()
  .min(1, 'Give an alias or initials')
  .max(20, 'An alias or initials, at most 20 characters');

export const reservationIdParams = z.object({ id: z.uuid({ error: 'Not a reservation id' }) });
export const waitingIdParams = z.object({ id: z.uuid({ error: 'Not a waiting-list entry id' }) });

export const reserveBody = findBody.extend({
  /** One bed per person: the adult's first, then the children's in the order of `childAges`. */
  bedIds: z.array(z.uuid()).min(1).max(11),
  label: householdLabel,
  /** When staff know the person already; they must be able to open the record. */
  personId: z.uuid().optional(),
  expectedArrivalAt: instant,
  expiresAt: instant,
});

export const versionBody = z.object({ version });

const householdResponse = z.object({
  adultGender: z.enum(['female', 'male', 'other']),
  housing: z.enum(['women', 'men']).optional(),
  childAges: z.array(z.number().int()),
  accessible: z.boolean(),
  floor: z.enum(floorNeeds),
  meetsScreenedCriteria: z.boolean(),
});

export const reservationsResponse = z.object({
  items: z.array(
    z.object({
      id,
      version: z.number().int(),
      label: z.string(),
      personId: id.nullable(),
      need: householdResponse,
      /** The adult's bed first, then the children's. */
      beds: z.array(
        z.object({ id, label: z.string(), kind: z.enum(bedKinds), unitId: id, roomId: id }),
      ),
      expectedArrivalAt: z.string(),
      expiresAt: z.string(),
      createdAt: z.string(),
    }),
  ),
});

export const addWaitingBody = findBody.extend({
  label: householdLabel,
  personId: z.uuid().optional(),
  /** Waiting since; defaults to now, never in the future. */
  sinceAt: instant.optional(),
});

export const resolveWaitingBody = z.object({ version, resolution: z.enum(waitingResolutions) });

export const waitingResponse = z.object({
  items: z.array(
    z.object({
      id,
      version: z.number().int(),
      label: z.string(),
      personId: id.nullable(),
      need: householdResponse,
      sinceAt: z.string(),
    }),
  ),
});
