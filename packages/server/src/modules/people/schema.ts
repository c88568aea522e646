import {
  address,
  contact,
  createPersonBody,
  isoDate,
  nationalId,
  personFields,
} from '@havn/domain/contract/people';
import { addressProtections, childRelations, genders } from '@havn/domain';
import { z } from 'zod';
import { somethingToChange } from '../../platform/http/change-body.ts';

// The bodies a person is written with are the web's too: they live in the shared contract.
export { createPersonBody, personFields };

export const updatePersonBody = somethingToChange(
  personFields.partial().extend({ version: z.number().int().min(1) }),
);

export const personIdParams = z.object({ id: z.uuid({ error: 'Not a person id' }) });

const matchReason = z.enum(['same_national_id', 'similar_name_and_birth_date', 'same_full_name']);

export const duplicate = z.object({
  id: z.string(),
  displayName: z.string(),
  birthDate: z.string().nullable(),
  reason: matchReason,
});

/**
 * A record the match recognised that this actor may not open: that it exists and why, with a
 * sealed reference an intake may link to — never its id, name or birth date.
 */
export const earlierRecord = z.object({ ref: z.string(), reason: matchReason });

export const createPersonResponse = z.union([
  z.object({ created: z.literal(true), id: z.string(), version: z.number().int() }),
  z.object({
    created: z.literal(false),
    duplicates: z.array(duplicate),
    earlierRecords: z.array(earlierRecord),
  }),
]);

export const personView = z.object({
  id: z.string(),
  isChild: z.boolean(),
  displayName: z.string(),
  alias: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  birthDate: z.string().nullable(),
  /**
   * Only whether a national id is registered: no digit is ever shown (a few digits and the birth
   * date rebuild the number). Staff confirm an identity by typing it (`/national-id/confirm`).
   */
  nationalIdRegistered: z.boolean(),
  gender: z.enum(genders),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  homeMunicipality: z.object({ number: z.string(), name: z.string() }).nullable(),
  addressProtection: z.enum(addressProtections),
  /** Null when there is none, or when this actor may not see it (then `addressHidden`). */
  address: address.nullable(),
  addressHidden: z.boolean(),
  /** Phone, e-mail and safe contact follow the address protection: null when hidden. */
  contact: contact.nullable(),
  contactHidden: z.boolean(),
  accessibilityNotes: z.string().nullable(),
  children: z.array(z.object({ id: z.string(), displayName: z.string() })),
  adults: z.array(z.object({ id: z.string(), displayName: z.string() })),
  mergedInto: z.string().nullable(),
  version: z.number().int(),
});

export const searchBody = z.object({
  text: z.string().trim().min(2, 'Type at least two letters').max(100),
  /** With the birth date or the national id, an earlier record one may not open is recognised. */
  birthDate: isoDate.optional(),
  nationalId: nationalId.optional(),
});
export const searchResponse = z.object({
  /** Records the actor may open. */
  items: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      birthDate: z.string().nullable(),
      isChild: z.boolean(),
    }),
  ),
  earlierRecords: z.array(earlierRecord),
});

export const confirmNationalIdBody = z.object({
  nationalId: z.string().trim().min(1).max(20),
});
export const confirmNationalIdResponse = z.object({ matches: z.boolean() });

export const mergeBody = z.object({
  keepId: z.uuid(),
  mergeId: z.uuid(),
  version: z.number().int().min(1),
  mergeVersion: z.number().int().min(1),
});
export const linkChildBody = z.object({
  childId: z.uuid({ error: 'Not a person id' }),
  relation: z.enum(childRelations).default('parent'),
});
export const linkCreated = z.object({ id: z.string() });
export const versionResponse = z.object({ version: z.number().int() });
