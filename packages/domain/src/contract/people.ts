import { z } from 'zod';
import { checkNationalId } from '../people/national-id.ts';
import { addressProtections, genders } from '../people/people.ts';

/**
 * What may be written about a person, as the API takes it: the server checks request bodies with
 * these schemas, and the web's person form checks what is typed with the same ones.
 */

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
export const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });

export const nationalId = z
  .string()
  .trim()
  .refine(
    (v) => checkNationalId(v).valid,
    'Not a valid national identity number (check the digits)',
  );

export const contact = z.object({
  phone: optionalText(30),
  email: z.email({ error: 'Not an e-mail address' }).nullable().optional(),
  /** When and how it is safe to contact the person (e.g. "only text, only daytime"). */
  safeUse: optionalText(300),
});

export const address = z.object({
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'Four digits')
    .nullable()
    .optional(),
  city: optionalText(100),
});

/**
 * What may be written about a person. Only an alias or a first name is required. No defaults
 * here: an update states only what changes (defaults inside a partial would silently reset
 * fields such as the address protection); the insert fills in what was not given.
 */
export const personFields = z.object({
  isChild: z.boolean().optional(),
  alias: optionalText(100),
  firstName: optionalText(100),
  lastName: optionalText(100),
  birthDate: isoDate.nullable().optional(),
  nationalId: nationalId.nullable().optional(),
  gender: z.enum(genders).optional(),
  languages: z.array(z.string().trim().min(1).max(50)).max(10).optional(),
  interpreterNeeded: z.boolean().optional(),
  homeMunicipalityNumber: z
    .string()
    .regex(/^\d{4}$/, 'A four-digit municipality number')
    .nullable()
    .optional(),
  addressProtection: z.enum(addressProtections).optional(),
  address: address.nullable().optional(),
  contact: contact.nullable().optional(),
  accessibilityNotes: optionalText(2000),
});

/** Whether a person is named: by an alias or a first name. */
export const named = (v: {
  alias?: string | null | undefined;
  firstName?: string | null | undefined;
}) => Boolean(v.alias?.trim() || v.firstName?.trim());

export const namedMessage = 'Give at least an alias or a first name';

export const createPersonBody = personFields
  .extend({
    /** For a child: the adult(s) they came with. */
    adultIds: z.array(z.uuid()).max(4).default([]),
    /** Save even though possible duplicates were shown. */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .refine(named, { message: namedMessage, path: ['alias'] });
