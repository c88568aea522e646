import {
  childSexes,
  consentForms,
  consentScopes,
  helpNeedAreas,
  helpNeedLevels,
  intakeStatuses,
  intakeSteps,
  intakeTargetGroups,
  intakeTaskRefs,
  noticeRecipients,
  screenedExclusions,
  type NoticeRecipient,
  screenedVulnerabilities,
} from '@havn/domain';
import { z } from 'zod';
import { needFields } from '../capacity/index.ts';

const id = z.string();
const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const instant = z.iso.datetime({ offset: true, error: 'An ISO 8601 date and time' });
const version = z.number().int().min(1);
const note = (max: number) => z.string().trim().max(max).nullable().default(null);
const named = z.object({ id, name: z.string() });

export const intakeIdParams = z.object({ id: z.uuid({ error: 'Not an intake id' }) });
export const noticeParams = intakeIdParams.extend({ recipient: z.enum(noticeRecipients) });
export const delegatedStepParams = intakeIdParams.extend({
  step: z.enum(['threats', 'safety_plan']),
});

export const listQuery = z.object({
  status: z.enum([...intakeStatuses, 'all']).default('in_progress'),
});

export const startBody = z.union([
  z.object({
    /** The contact the intake grows out of: its person, topics and household come along. */
    contactId: z.uuid(),
    /**
     * For an anonymous contact: the alias the adult is registered by, with the gender the
     * contact's household gives, in the intake's transaction; the contact is linked to her.
     * Ignored once the contact names a person (a second click starts nobody twice).
     */
    alias: z.string().trim().min(1).max(100).optional(),
    /**
     * An alias for each child of the contact's household, in its order: registered with the
     * intake, each with the age the contact gave. None: the children are added in the intake.
     */
    childAliases: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
  }),
  z.object({
    personId: z.uuid(),
    /** Person ids of the children along (child records). */
    children: z.array(z.uuid()).max(10).default([]),
  }),
  z.object({
    /**
     * An earlier record a search or registration recognised but did not show (`earlierRecords`
     * of `POST /api/people/search`): the intake links to it, audited on the record.
     */
    earlierRecord: z.string().min(1).max(1000),
    children: z.array(z.uuid()).max(10).default([]),
  }),
]);

export const created = z.object({ id, version: z.number().int() });
export const versionBody = z.object({ version });
export const versionResponse = z.object({ version: z.number().int() });

export const membersBody = z.object({
  version,
  children: z.array(z.uuid()).max(10),
});

export const consentAnswer = z.object({
  scope: z.enum(consentScopes),
  granted: z.boolean(),
  how: z.enum(consentForms),
  /** Defaults to today. */
  givenOn: isoDate.optional(),
});
export const consentBody = z.object({
  version,
  answers: z
    .array(consentAnswer)
    .min(1)
    .max(consentScopes.length)
    .refine((a) => new Set(a.map((x) => x.scope)).size === a.length, 'Each scope once')
    .refine((a) => a.some((x) => x.scope === 'registration'), {
      message: 'Say whether the person agrees to be registered',
    }),
});

export const identityBody = z.object({
  version,
  identity: z.object({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().max(100).nullable().default(null),
    birthDate: isoDate.nullable().default(null),
    nationalId: z.string().trim().max(20).nullable().default(null),
    note: note(500),
  }),
});
export const identityResponse = z.object({ identity: identityBody.shape.identity });

const screenedAnswers = z.object({
  vulnerabilities: z.array(z.enum(screenedVulnerabilities)).max(screenedVulnerabilities.length),
  psychotic: z.boolean(),
  managesDailyLiving: z.boolean(),
});

export const eligibilityBody = z.object({
  version,
  targetGroups: z.array(z.enum(intakeTargetGroups)).max(intakeTargetGroups.length),
  homeMunicipalityNumber: z
    .string()
    .regex(/^\d{4}$/, 'A four-digit municipality number')
    .nullable(),
  dangerToSelfOrOthers: z.boolean(),
  exclusionReason: note(2000),
  /** Null when the screened unit is not considered. */
  screened: screenedAnswers.nullable().default(null),
});
export const eligibilityResponse = z.object({
  version: z.number().int(),
  outcome: z.enum(['eligible', 'excluded']),
  outsideCooperation: z.boolean(),
  homeMunicipalityUnknown: z.boolean(),
  meetsScreenedCriteria: z.boolean(),
  screenedRefusal: z.array(z.enum(screenedExclusions)),
});

const helpNeed = z.object({ level: z.enum(helpNeedLevels), note: note(2000) });
export const helpNeedsBody = z.object({
  version,
  needs: z.partialRecord(z.enum(helpNeedAreas), helpNeed),
});

/**
 * Who will work the stay. Naming someone is the unit leader's (or the current primary contact's
 * handing over); anyone else conducting the intake — at night, say — saves the step with none,
 * and the stay has none until the unit leader assigns one.
 */
export const primaryContactBody = z.object({
  version,
  primaryContactId: z.uuid().nullable(),
  /** Required with a primary contact when children came along. */
  childResponsibleId: z.uuid().nullable().default(null),
});

export const flagsBody = z.object({
  version,
  forcedMarriageSuspected: z.boolean(),
  asylumSeeker: z.boolean(),
});

export const flagsResponse = z.object({
  version: z.number().int(),
  /** The tasks this save made. */
  tasksMade: z.array(z.enum(intakeTaskRefs)),
});

export const noticeResponse = z.object({
  recipient: z.enum(noticeRecipients),
  text: z.string(),
  sent: z.array(z.object({ sentOn: z.string(), sentBy: named })),
});
export const noticeSentBody = z.object({ sentOn: isoDate.optional() });

export const moveInBody = z.object({
  version,
  bedId: z.uuid(),
  /** One bed for each child of the intake. */
  children: z
    .array(
      z.object({
        personId: z.uuid(),
        bedId: z.uuid(),
        age: z.number().int().min(0).max(17).optional(),
      }),
    )
    .max(10)
    .default([]),
  arrivalAt: instant.optional(),
  /** The screened unit's criteria come from the eligibility step, not from here. */
  // The screened unit's criteria and exclusions come from the intake's eligibility step.
  need: needFields.omit({ meetsScreenedCriteria: true, screenedExclusions: true }).prefault({}),
});
export const moveInResponse = z.object({ stayId: id, version: z.number().int() });

const consentView = z.object({
  id,
  scope: z.enum(consentScopes),
  granted: z.boolean(),
  how: z.enum(consentForms),
  givenOn: z.string(),
  withdrawnOn: z.string().nullable(),
  /** Who asked and recorded the answer, and when (an active choice, GDPR art. 7(1)). */
  recordedBy: named,
  recordedAt: z.string(),
});

export const intakeView = z.object({
  id,
  status: z.enum(intakeStatuses),
  person: z.object({
    id,
    displayName: z.string(),
    gender: z.string(),
    homeMunicipalityNumber: z.string().nullable(),
  }),
  children: z.array(
    z.object({
      id,
      displayName: z.string(),
      birthDate: z.string().nullable(),
      /** The age the contact gave, while the birth date is not known. */
      age: z.number().int().nullable(),
      sex: z.enum(childSexes),
    }),
  ),
  originContactId: z.string().nullable(),
  stepsSaved: z.array(z.enum(intakeSteps)),
  nextStep: z.enum(intakeSteps),
  missingBeforeMoveIn: z.array(z.enum(intakeSteps)),
  /** Every answer, history included; the standing ones have no `withdrawnOn`. */
  consents: z.array(consentView),
  /** Whether the standing consents let each recipient be told of the arrival, today. */
  mayShare: z.object({
    home_municipality: z.boolean(),
    nav: z.boolean(),
  } satisfies Record<NoticeRecipient, z.ZodBoolean>),
  /** Whether a sealed real identity is held (the identity itself: unit leader, own endpoint). */
  anonymous: z.boolean(),
  eligibility: z.object({
    targetGroups: z.array(z.enum(intakeTargetGroups)),
    homeMunicipality: z.object({ number: z.string(), name: z.string() }).nullable(),
    outsideCooperation: z.boolean(),
    meetsScreenedCriteria: z.boolean(),
    /** The exclusions for which the screened unit refuses the person («ikke aktuell»). */
    screenedRefusal: z.array(z.enum(screenedExclusions)),
    dangerToSelfOrOthers: z.boolean(),
    exclusionReason: z.string().nullable(),
    screened: screenedAnswers.nullable(),
  }),
  helpNeeds: helpNeedsBody.shape.needs,
  flags: z.object({ forcedMarriageSuspected: z.boolean(), asylumSeeker: z.boolean() }),
  primaryContact: named.nullable(),
  childResponsible: named.nullable(),
  tasks: z.array(
    z.object({
      id,
      description: z.string(),
      ref: z.enum(intakeTaskRefs).nullable(),
      doneAt: z.string().nullable(),
    }),
  ),
  notices: z.array(
    z.object({ recipient: z.enum(noticeRecipients), sentOn: z.string(), sentBy: named }),
  ),
  stayId: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

export const intakeList = z.object({
  items: z.array(
    z.object({
      id,
      status: z.enum(intakeStatuses),
      person: z.object({ id, displayName: z.string() }),
      children: z.number().int(),
      nextStep: z.enum(intakeSteps),
      primaryContact: named.nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const settingsView = z.object({
  noticePhone: z.string().nullable(),
  version: z.number().int(),
});
export const settingsBody = z.object({
  version: z.number().int().min(0),
  noticePhone: z.string().trim().max(30).nullable(),
});
