import {
  appointmentPlaces,
  childrenExposedAnswers,
  dayUserCaseFilters,
  dayUserEndReasons,
  dayVisitKinds,
  firstContactSources,
  genders,
  perpetratorRelations,
  transportKinds,
} from '@havn/domain';
import { z } from 'zod';

const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const instant = z.iso.datetime({ offset: true, error: 'An instant as ISO 8601' });
const note = (max: number) => z.string().trim().max(max).nullable().default(null);

export const startCaseBody = z
  .object({
    /** The person, or take the person linked to a logged contact — no retyping. */
    personId: z.uuid().optional(),
    fromContactId: z.uuid().optional(),
    startedOn: isoDate.optional(),
    firstContactBy: z.enum(firstContactSources),
    /** Named by the unit leader only; otherwise the case has none until she assigns one. */
    primaryContactId: z.uuid().nullable().default(null),
  })
  .refine((b) => b.personId !== undefined || b.fromContactId !== undefined, {
    message: 'Give the person, or the contact the case grows out of',
    path: ['personId'],
  });

export const caseIdParams = z.object({ id: z.uuid({ error: 'Not a case id' }) });

export const visitBody = z.object({
  date: isoDate,
  kind: z.enum(dayVisitKinds),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(12 * 60),
  staffIds: z.array(z.uuid()).min(1, 'Who from the staff took part?').max(6),
  interpreter: z.boolean().default(false),
  topic: note(500),
  agreed: note(2000),
});

export const endCaseBody = z.object({
  version: z.number().int().min(1),
  endedOn: isoDate,
  reason: z.enum(dayUserEndReasons),
});

const visit = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(dayVisitKinds),
  minutes: z.number().int(),
  staff: z.array(z.object({ id: z.string(), name: z.string() })),
  interpreter: z.boolean(),
  topic: z.string().nullable(),
  agreed: z.string().nullable(),
});

export const perpetrator = z.object({
  relation: z.enum(perpetratorRelations),
  gender: z.enum(genders),
  childrenExposed: z.enum(childrenExposedAnswers),
  notes: z.string().trim().max(2000).nullable().default(null),
});
/** The whole list, with the case version it was read at: two edits never overwrite each other. */
export const perpetratorsBody = z.object({
  perpetrators: z.array(perpetrator).max(5),
  version: z.number().int().positive(),
});
export const perpetratorsResponse = z.object({
  count: z.number().int(),
  version: z.number().int(),
});

export const caseView = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), displayName: z.string() }),
  startedOn: z.string(),
  firstContactBy: z.enum(firstContactSources),
  primaryContact: z.object({ id: z.string(), name: z.string() }).nullable(),
  sourceContactId: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.enum(dayUserEndReasons).nullable(),
  visits: z.array(visit),
  /** Only for those working the case; never searchable. */
  perpetrators: z.array(perpetrator),
  version: z.number().int(),
});

export const caseList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      person: z.object({ id: z.string(), displayName: z.string() }),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      visits: z.number().int(),
      lastVisit: z.string().nullable(),
    }),
  ),
});
export const caseListQuery = z.object({ status: z.enum(dayUserCaseFilters).default('open') });

export const appointmentBody = z.object({
  personId: z.uuid().nullable().default(null),
  caseId: z.uuid().nullable().default(null),
  startsAt: instant,
  endsAt: instant,
  place: z.enum(appointmentPlaces),
  partnerId: z.uuid().nullable().default(null),
  placeNote: note(300),
  staffIds: z.array(z.uuid()).max(6).default([]),
  transport: z.enum(transportKinds).default('none'),
  safetyNote: note(1000),
  /** Going to a meeting outside without anyone from the staff is a choice that is recorded. */
  withoutStaffConfirmed: z.boolean().default(false),
});

export const appointmentView = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.enum(appointmentPlaces),
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  placeNote: z.string().nullable(),
  transport: z.enum(transportKinds),
  safetyNote: z.string().nullable(),
  staff: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Null when anonymous, or when this actor may not open the person. */
  person: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  cancelled: z.boolean(),
  version: z.number().int(),
});
export const calendarQuery = z.object({
  from: instant,
  to: instant,
  staffId: z.uuid().optional(),
});
export const calendar = z.object({ items: z.array(appointmentView) });
export const appointmentIdParams = z.object({ id: z.uuid({ error: 'Not an appointment id' }) });
export const versionBody = z.object({ version: z.number().int().min(1) });
export const primaryContactBody = versionBody.extend({ primaryContactId: z.uuid().nullable() });

export const meetingBody = z.object({
  personId: z.uuid().nullable().default(null),
  heldAt: instant,
  partnerIds: z.array(z.uuid()).min(1, 'Which services took part?').max(20),
  attendees: note(1000),
  decisions: note(5000),
  tasks: z
    .array(
      z.object({
        description: z.string().trim().min(3).max(500),
        ownerUserId: z.uuid().nullable().default(null),
        ownerPartnerId: z.uuid().nullable().default(null),
        dueOn: isoDate,
      }),
    )
    .max(30)
    .default([]),
});
export const meetingList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      heldAt: z.string(),
      partners: z.array(z.object({ id: z.string(), name: z.string() })),
      attendees: z.string().nullable(),
      decisions: z.string().nullable(),
      tasks: z.array(
        z.object({
          id: z.string(),
          description: z.string(),
          ownerUserId: z.string().nullable(),
          ownerPartnerId: z.string().nullable(),
          dueOn: z.string(),
          done: z.boolean(),
        }),
      ),
    }),
  ),
});
export const meetingListQuery = z.object({ personId: z.uuid() });
export const taskIdParams = z.object({ id: z.uuid({ error: 'Not a task id' }) });
export const created = z.object({ id: z.string() });
export const versionResponse = z.object({ version: z.number().int() });
