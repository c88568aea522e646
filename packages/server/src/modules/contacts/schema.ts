import {
  contactActions,
  contactChannels,
  contactNoteHiddenReasons,
  contactParties,
  contactTopics,
  contactUrgencies,
} from '@havn/domain';
import { z } from 'zod';
import { somethingToChange } from '../../platform/http/change-body.ts';
import { household } from './household.ts';

const instant = z.iso.datetime({
  offset: true,
  error: 'An instant as ISO 8601, e.g. 2026-11-24T03:12:00Z',
});

/** What a contact says; logging it sets defaults, editing it changes only the fields given. */
const contactFields = {
  channel: z.enum(contactChannels),
  contactBy: z.enum(contactParties),
  /** The referring or calling service, for professionals and referrals. */
  partnerId: z.uuid().nullable(),
  /** Null for an anonymous contact. */
  personId: z.uuid().nullable(),
  topics: z
    .array(z.enum(contactTopics))
    .min(1, 'Choose at least one topic')
    .max(contactTopics.length),
  urgency: z.enum(contactUrgencies),
  actions: z.array(z.enum(contactActions)).min(1, 'Say what was done').max(contactActions.length),
  referralPartnerId: z.uuid().nullable(),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  oneToOnePhone: z.boolean(),
  notes: z.string().trim().max(10_000).nullable(),
  /** Who would come, as a place is searched for; null when the contact did not say. */
  household: household.nullable(),
};

export const logContactBody = z.object({
  /** When the form was opened: the clock starts there. */
  openedAt: instant,
  ...contactFields,
  partnerId: contactFields.partnerId.default(null),
  personId: contactFields.personId.default(null),
  referralPartnerId: contactFields.referralPartnerId.default(null),
  /** Defaults to the minutes since the form was opened. */
  durationMinutes: contactFields.durationMinutes.optional(),
  oneToOnePhone: contactFields.oneToOnePhone.default(false),
  notes: contactFields.notes.default(null),
  household: contactFields.household.default(null),
  /** The draft this contact was typed in; deleted when the contact is saved. */
  draftId: z.uuid().optional(),
});

export const editContactBody = somethingToChange(
  z
    .object(contactFields)
    .partial()
    .extend({ version: z.number().int().min(1) }),
);

const named = z.object({ id: z.string(), name: z.string() }).nullable();

export const contactSummary = z.object({
  id: z.string(),
  openedAt: z.string(),
  loggedAt: z.string(),
  channel: z.enum(contactChannels),
  contactBy: z.enum(contactParties),
  partner: named,
  person: named,
  /** True when a person is linked, even if this viewer may not see who (then `person` is null). */
  personLinked: z.boolean(),
  topics: z.array(z.enum(contactTopics)),
  urgency: z.enum(contactUrgencies),
  actions: z.array(z.enum(contactActions)),
  referralPartner: named,
  durationMinutes: z.number().int(),
  oneToOnePhone: z.boolean(),
  author: named,
  hasNotes: z.boolean(),
  /** Why this viewer does not read the note (it is for the shift it belongs to); null if she does. */
  noteHidden: z.enum(contactNoteHiddenReasons).nullable(),
  household: household.nullable(),
});

export const contactDetail = contactSummary.extend({
  notes: z.string().nullable(),
  version: z.number().int(),
});

export const contactListQuery = z.object({
  from: instant.optional(),
  to: instant.optional(),
  channel: z.enum(contactChannels).optional(),
  action: z.enum(contactActions).optional(),
  before: instant.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const contactList = z.object({
  items: z.array(contactSummary),
  nextBefore: z.string().nullable(),
});
export const contactIdParams = z.object({ id: z.uuid({ error: 'Not a contact id' }) });
export const versionResponse = z.object({ version: z.number().int() });
export const contactCreated = z.object({ id: z.string(), durationMinutes: z.number().int() });

export const countQuery = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  by: z.enum(['day', 'month']).default('day'),
});
const byChannel = z.object(
  Object.fromEntries(contactChannels.map((c) => [c, z.number().int()])) as Record<
    (typeof contactChannels)[number],
    z.ZodNumber
  >,
);
export const countResponse = z.object({
  items: z.array(
    z.object({
      period: z.string(),
      total: z.number().int(),
      byChannel,
      oneToOnePhone: z.number().int(),
    }),
  ),
});

/** A draft is the form as typed: any JSON the web app keeps, up to a size that fits a long note. */
export const draftBody = z.object({
  openedAt: instant,
  payload: z
    .record(z.string(), z.unknown())
    .refine((p) => JSON.stringify(p).length <= 20_000, 'The draft is too large'),
});
export const draftIdParams = z.object({ id: z.uuid({ error: 'Not a draft id' }) });
export const draftList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      openedAt: z.string(),
      updatedAt: z.string(),
      payload: z.record(z.string(), z.unknown()),
    }),
  ),
});
