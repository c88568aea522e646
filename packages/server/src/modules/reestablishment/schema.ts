import {
  reestablishmentContactKinds,
  reestablishmentEndReasons,
  reestablishmentHousings,
} from '@havn/domain';
import { z } from 'zod';
import { somethingToChange } from '../../platform/http/change-body.ts';

const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const municipalityNumber = z.string().regex(/^\d{4}$/, 'A municipality number: four digits');
const version = z.number().int().min(1);
const sealedText = (max: number) => z.string().trim().max(max).nullable();

export const caseIdParams = z.object({ id: z.uuid({ error: 'Not a case id' }) });

export const openBody = z
  .object({
    /** A fresh case for this adult… */
    personId: z.uuid().optional(),
    /** …or a follow-up after this (departed) stay: the person and children come from it. */
    fromStayId: z.uuid().optional(),
    housing: z.enum(reestablishmentHousings),
    /** In a permanent home: its municipality only — never the address. */
    municipalityNumber: municipalityNumber.nullable().default(null),
    /** Defaults to today. */
    startedOn: isoDate.optional(),
    /** Named by the unit leader only; otherwise the case has none until she assigns one. */
    primaryContactId: z.uuid().nullable().default(null),
    goals: sealedText(4000).default(null),
    partnerIds: z.array(z.uuid()).max(20).default([]),
    /** Defaults to the children of the stay followed up. */
    childIds: z.array(z.uuid()).max(10).optional(),
  })
  .refine((b) => (b.personId === undefined) !== (b.fromStayId === undefined), {
    message: 'Give the person, or the stay the follow-up comes after',
    path: ['personId'],
  });

export const patchBody = somethingToChange(
  z.object({
    version,
    housing: z.enum(reestablishmentHousings).optional(),
    municipalityNumber: municipalityNumber.nullable().optional(),
    primaryContactId: z.uuid().optional(),
    goals: sealedText(4000).optional(),
    partnerIds: z.array(z.uuid()).max(20).optional(),
    childIds: z.array(z.uuid()).max(10).optional(),
  }),
);

export const contactBody = z.object({
  date: isoDate,
  kind: z.enum(reestablishmentContactKinds),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(12 * 60),
  staffIds: z.array(z.uuid()).min(1, 'Who from the staff took part?').max(6),
  interpreter: z.boolean().default(false),
  note: sealedText(4000).default(null),
});

export const endBody = z.object({
  version,
  endedOn: isoDate,
  reason: z.enum(reestablishmentEndReasons),
});

const named = z.object({ id: z.string(), name: z.string() });
const person = z.object({ id: z.string(), displayName: z.string() });

export const created = z.object({ id: z.string(), version: z.number().int() });
export const versionResponse = z.object({ version: z.number().int() });

export const caseView = z.object({
  id: z.string(),
  person,
  children: z.array(person),
  followsStayId: z.string().nullable(),
  housing: z.enum(reestablishmentHousings),
  /** In a transition apartment: the transition stay and its unit. */
  transitionStay: z
    .object({ stayId: z.string(), unitName: z.string().nullable(), arrivalAt: z.string() })
    .nullable(),
  municipality: z.object({ number: z.string(), name: z.string() }).nullable(),
  startedOn: z.string(),
  primaryContact: named.nullable(),
  goals: z.string().nullable(),
  partners: z.array(named.extend({ type: z.string() })),
  contacts: z.array(
    z.object({
      id: z.string(),
      date: z.string(),
      kind: z.enum(reestablishmentContactKinds),
      minutes: z.number().int(),
      staff: z.array(named),
      interpreter: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
  endedOn: z.string().nullable(),
  endReason: z.enum(reestablishmentEndReasons).nullable(),
  version: z.number().int(),
});

export const caseList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      person,
      housing: z.enum(reestablishmentHousings),
      startedOn: z.string(),
      primaryContact: named.nullable(),
      contacts: z.number().int(),
      lastContact: z.string().nullable(),
    }),
  ),
});

/** People living in a transition apartment now who have no follow-up case yet. */
export const candidateList = z.object({
  items: z.array(
    z.object({
      stayId: z.string(),
      person,
      unitName: z.string().nullable(),
      arrivalAt: z.string(),
    }),
  ),
});
