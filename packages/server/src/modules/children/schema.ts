import {
  activityKinds,
  addressProtections,
  concernStatuses,
  concernTextMinLength,
  healthNeeds,
  institutionKinds,
  interruptionReasons,
  parentContactKinds,
  parentContactOutcomes,
  schoolingStatuses,
} from '@havn/domain';
import { z } from 'zod';

const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const instant = z.iso.datetime({ offset: true, error: 'An instant as ISO 8601' });
const note = (max: number) => z.string().trim().max(max).nullable().default(null);
const version = z.number().int().min(1);

export const stayParams = z.object({ stayId: z.uuid({ error: 'Not a stay id' }) });
export const childParams = stayParams.extend({ personId: z.uuid({ error: 'Not a person id' }) });
export const childRowParams = childParams.extend({ id: z.uuid({ error: 'Not a record id' }) });
export const concernParams = z.object({ id: z.uuid({ error: 'Not a concern id' }) });

export const schoolingBody = z.object({
  institutionKind: z.enum(institutionKinds),
  status: z.enum(schoolingStatuses),
  reason: z.enum(interruptionReasons).nullable().default(null),
  homeMunicipalityResponsible: z.boolean().default(false),
  fromOn: isoDate,
  toOn: isoDate.nullable().default(null),
  notes: note(2000),
});
export const schoolingUpdateBody = schoolingBody.extend({ version });

export const activityBody = z.object({
  kind: z.enum(activityKinds),
  date: isoDate,
  note: note(500),
});

export const healthBody = z.object({
  /** The version read, or absent when the child has no health record yet. */
  version: version.optional(),
  needs: z.array(z.enum(healthNeeds)).max(healthNeeds.length),
  notes: note(4000),
});

export const parentContactBody = z.object({
  occursAt: instant,
  kind: z.enum(parentContactKinds),
  supervisedBy: note(200),
  place: note(200),
  safetyNotes: note(2000),
  outcome: z.enum(parentContactOutcomes).nullable().default(null),
  outcomeNotes: note(2000),
});
export const parentContactUpdateBody = parentContactBody.extend({ version });

const concernText = (max: number) =>
  z.string().trim().min(concernTextMinLength, 'Write at least a short sentence').max(max);

export const concernBody = z.object({ concern: concernText(4000) });
export const assessBody = z.object({ version, assessment: z.string().trim().max(4000) });
export const sendBody = z.object({
  version,
  officePartnerId: z.uuid().nullable().default(null),
  sentOn: isoDate.nullable().default(null),
});
export const notSentBody = z.object({ version, reason: z.string().trim().max(2000) });
export const concernListQuery = z.object({
  status: z.enum(['open', 'all']).default('open'),
});

export const created = z.object({ id: z.string(), version: z.number().int() });
export const versionResponse = z.object({ version: z.number().int() });

const staffRef = z.object({ id: z.string(), name: z.string() });
const childRef = z.object({
  id: z.string(),
  displayName: z.string(),
  birthDate: z.string().nullable(),
});

const concernSummary = z.object({
  id: z.string(),
  status: z.enum(concernStatuses),
  registeredAt: z.string(),
  version: z.number().int(),
});

export const childrenList = z.object({
  items: z.array(childRef.extend({ openConcerns: z.array(concernSummary) })),
});

const schooling = z.object({
  id: z.string(),
  institutionKind: z.enum(institutionKinds),
  status: z.enum(schoolingStatuses),
  reason: z.enum(interruptionReasons).nullable(),
  homeMunicipalityResponsible: z.boolean(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
});
const activity = z.object({
  id: z.string(),
  kind: z.enum(activityKinds),
  date: z.string(),
  note: z.string().nullable(),
  by: staffRef,
});
const parentContact = z.object({
  id: z.string(),
  occursAt: z.string(),
  kind: z.enum(parentContactKinds),
  supervisedBy: z.string().nullable(),
  place: z.string().nullable(),
  safetyNotes: z.string().nullable(),
  outcome: z.enum(parentContactOutcomes).nullable(),
  outcomeNotes: z.string().nullable(),
  version: z.number().int(),
});

export const childPage = z.object({
  stayId: z.string(),
  child: childRef,
  schooling: z.array(schooling),
  activities: z.array(activity),
  health: z
    .object({
      needs: z.array(z.enum(healthNeeds)),
      notes: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
  parentContacts: z.array(parentContact),
  concerns: z.array(concernSummary),
});

export const concernView = z.object({
  id: z.string(),
  stayId: z.string(),
  child: childRef.extend({
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    alias: z.string().nullable(),
    addressProtection: z.enum(addressProtections),
  }),
  status: z.enum(concernStatuses),
  concern: z.string(),
  registeredAt: z.string(),
  registeredBy: staffRef,
  assessment: z.string().nullable(),
  assessedAt: z.string().nullable(),
  assessedBy: staffRef.nullable(),
  office: z.object({ id: z.string(), name: z.string() }).nullable(),
  sentOn: z.string().nullable(),
  message: z.string().nullable(),
  notSentReason: z.string().nullable(),
  concludedAt: z.string().nullable(),
  concludedBy: staffRef.nullable(),
  /** What the report's sender line and the message preview need. */
  centreName: z.string(),
  version: z.number().int(),
});

export const concernList = z.object({
  items: z.array(concernSummary.extend({ stayId: z.string(), child: childRef })),
});
