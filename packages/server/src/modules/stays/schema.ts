import {
  appointmentPlaces,
  conversationChannels,
  journalBodyMaxLength,
  journalNoteTypes,
  stayClockStatuses,
} from '@havn/domain';
import { z } from 'zod';

const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const version = z.number().int().min(1);
const named = z.object({ id: z.string(), name: z.string() });

export const stayIdParams = z.object({ id: z.uuid({ error: 'Not a stay id' }) });
export const taskParams = z.object({
  id: z.uuid({ error: 'Not a stay id' }),
  taskId: z.uuid({ error: 'Not a task id' }),
});

export const clockView = z.object({
  arrivalDate: z.string(),
  asOfDate: z.string(),
  dayOfStay: z.number().int(),
  overnights: z.number().int(),
  limitDays: z.number().int(),
  warningDays: z.number().int(),
  limitDate: z.string(),
  warningFromDate: z.string(),
  daysUntilLimit: z.number().int(),
  daysBeyond: z.number().int(),
  status: z.enum(stayClockStatuses),
  billDaysBeyond: z.boolean(),
  /** Whose terms: the home municipality's agreement, the centre's default, or six weeks. */
  termsSource: z.enum(['municipality', 'centre_default', 'built_in']),
});

export const taskView = z.object({
  id: z.string(),
  description: z.string(),
  /** 'plan' for the plan's measures; 'manual', 'intake_flag', … for the rest. */
  source: z.string(),
  owner: z
    .object({ kind: z.enum(['staff', 'partner']), id: z.string(), name: z.string() })
    .nullable(),
  dueOn: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneBy: named.nullable(),
  version: z.number().int(),
});

export const planView = z.object({
  goals: z.string().nullable(),
  reviewIntervalDays: z.number().int(),
  lastReviewedAt: z.string().nullable(),
  lastReviewedBy: named.nullable(),
  nextReviewOn: z.string().nullable(),
  reviewDue: z.boolean(),
  reviews: z.array(
    z.object({ reviewedAt: z.string(), reviewedBy: named, note: z.string().nullable() }),
  ),
  version: z.number().int(),
});

export const flagsView = z.object({
  noVisitors: z.boolean(),
  perpetratorSearching: z.boolean(),
  safetyNote: z.string().nullable(),
  /** Null: no flags set yet. */
  version: z.number().int().nullable(),
});

/**
 * A woman living in a men's unit as a transition home (she must move when a man needs it), and
 * since when a man needs it (null while none does); null for every other stay.
 */
const transitionHome = z.object({ raisedAt: z.string().nullable() }).nullable();
const municipality = z.object({ number: z.string(), name: z.string() });

export const homeMunicipalityCorrectionView = z.object({
  /** Null: none was known. */
  from: municipality.nullable(),
  to: municipality.nullable(),
  /** Null when one was set where none was known. */
  reason: z.string().nullable(),
  correctedBy: named,
  correctedAt: z.string(),
});

/**
 * The home municipality the stay holds from its arrival: set where none was known, or
 * corrected with a reason (at least 15 characters) when a known one was wrong.
 */
export const homeMunicipalityBody = z.object({
  version,
  homeMunicipalityNumber: z
    .string()
    .regex(/^\d{4}$/, 'A four-digit municipality number')
    .nullable(),
  reason: z.string().trim().max(2000).nullable().default(null),
});

export const stayView = z.object({
  id: z.string(),
  arrivalAt: z.string(),
  departureAt: z.string().nullable(),
  person: z.object({
    id: z.string(),
    displayName: z.string(),
    /** The stay's, at arrival (from the intake) or as corrected: the agreement follows it. */
    homeMunicipality: municipality.nullable(),
  }),
  homeMunicipalityCorrections: z.array(homeMunicipalityCorrectionView),
  children: z.array(
    z.object({ id: z.string(), displayName: z.string(), birthDate: z.string().nullable() }),
  ),
  beds: z.array(
    z.object({
      personId: z.string(),
      bedLabel: z.string(),
      roomName: z.string(),
      unitName: z.string(),
    }),
  ),
  clock: clockView,
  transitionHome,
  primaryContact: named.nullable(),
  childResponsible: named.nullable(),
  intakeId: z.string().nullable(),
  plan: planView.nullable(),
  tasks: z.array(taskView),
  flags: flagsView,
  appointments: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      place: z.enum(appointmentPlaces),
      cancelled: z.boolean(),
    }),
  ),
  jointMeetings: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      heldAt: z.string(),
      partners: z.array(z.string()),
    }),
  ),
  version: z.number().int(),
});

export const responsibleBody = z.object({
  primaryContactId: z.uuid().nullable(),
  childResponsibleId: z.uuid().nullable(),
  version,
});

export const planBody = z.object({
  goals: z.string().trim().max(10_000).nullable(),
  reviewIntervalDays: z.number().int().min(1).max(365),
  /** The plan's version read; null to make the plan. */
  version: version.nullable(),
});
export const reviewBody = z.object({
  note: z.string().trim().max(5_000).nullable().default(null),
  version,
});

export const taskBody = z
  .object({
    description: z.string().trim().min(1, 'Say what is to be done').max(500),
    /** A measure of the plan (who does what by when), or a task of the stay. */
    measure: z.boolean().default(false),
    ownerUserId: z.uuid().nullable().default(null),
    ownerPartnerId: z.uuid().nullable().default(null),
    dueOn: isoDate.nullable().default(null),
  })
  .refine((b) => b.ownerUserId === null || b.ownerPartnerId === null, {
    message: 'A staff member or a partner, not both',
    path: ['ownerPartnerId'],
  });
export const versionBody = z.object({ version });
export const created = z.object({ id: z.string() });

export const flagsBody = z.object({
  noVisitors: z.boolean(),
  perpetratorSearching: z.boolean(),
  safetyNote: z.string().trim().max(200).nullable(),
  version: version.nullable(),
});

export const journalQuery = z.object({
  personId: z.uuid().optional(),
  type: z.enum(journalNoteTypes).optional(),
});
export const journalNoteView = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), displayName: z.string(), isChild: z.boolean() }),
  type: z.enum(journalNoteTypes),
  channel: z.enum(conversationChannels).nullable(),
  parentPresent: z.boolean().nullable(),
  body: z.string(),
  author: named,
  writtenAt: z.string(),
  correctsId: z.string().nullable(),
  /** The note that corrects this one, if any: the history stays, the newest stands. */
  correctedById: z.string().nullable(),
});
export const journalList = z.object({ items: z.array(journalNoteView) });
export const journalBody = z.object({
  /** The adult of the stay or one of the children; the adult when left out. */
  personId: z.uuid().optional(),
  type: z.enum(journalNoteTypes),
  channel: z.enum(conversationChannels).nullable().default(null),
  parentPresent: z.boolean().nullable().default(null),
  body: z.string().max(journalBodyMaxLength),
  correctsId: z.uuid().nullable().default(null),
});
export const draftBody = z.object({ payload: z.record(z.string(), z.unknown()) });
export const draftView = z.object({
  draft: z.object({ payload: z.record(z.string(), z.unknown()), updatedAt: z.string() }).nullable(),
});

export const residentsView = z.object({
  items: z.array(
    z.object({
      stayId: z.string(),
      /** Alias or initials — never a name; null when this actor may not open the person. */
      label: z.string().nullable(),
      room: z.string().nullable(),
      bed: z.string().nullable(),
      unit: z.string().nullable(),
      childrenCount: z.number().int(),
      dayOfStay: z.number().int(),
      clockStatus: z.enum(stayClockStatuses),
      noVisitors: z.boolean(),
      perpetratorSearching: z.boolean(),
      safetyNote: z.string().nullable(),
      /** Screened unit: how often staff check that all is well, in minutes. */
      staffCheckIntervalMinutes: z.number().int().nullable(),
      transitionHome,
      /** The actor may open the stay page. */
      canOpen: z.boolean(),
    }),
  ),
});

export const myTasksView = z.object({
  items: z.array(
    taskView.extend({
      stayId: z.string(),
      /** Alias or initials of the resident; null when this actor may not open the person. */
      label: z.string().nullable(),
    }),
  ),
});
