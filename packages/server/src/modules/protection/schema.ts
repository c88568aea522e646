import {
  assessmentKinds,
  incidentKinds,
  reassessmentInterval,
  reassessmentReasons,
  reassessmentStates,
  riskJudgements,
  threatAnswers,
} from '@havn/domain';
import { z } from 'zod';
import { somethingToChange } from '../../platform/http/change-body.ts';

const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const instant = z.iso.datetime({ offset: true, error: 'An instant as ISO 8601' });
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().default(null);
const version = z.number().int().min(1);

export const idParams = z.object({ id: z.uuid({ error: 'Not an id' }) });
export const versionResponse = z.object({ version: z.number().int() });
export const created = z.object({ id: z.string() });

// Configuration: items, interval, house rules.

export const threatItem = z.object({
  id: z.string(),
  key: z.string(),
  labelNb: z.string(),
  labelEn: z.string(),
  position: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export const itemList = z.object({ items: z.array(threatItem) });
export const createItemBody = z.object({
  labelNb: text(300).min(3, 'Write the question in Norwegian'),
  labelEn: text(300).min(3, 'Write the question in English'),
});
export const updateItemBody = somethingToChange(
  z.object({
    version,
    labelNb: text(300).min(3, 'Write the question in Norwegian').optional(),
    labelEn: text(300).min(3, 'Write the question in English').optional(),
    active: z.boolean().optional(),
  }),
);
export const moveItemBody = z.object({ version, direction: z.enum(['up', 'down']) });

export const settings = z.object({
  reassessmentIntervalDays: z.number().int(),
  /** 0 while the centre runs on the default. */
  version: z.number().int(),
});
export const settingsBody = z.object({
  reassessmentIntervalDays: z
    .number()
    .int()
    .min(reassessmentInterval.min)
    .max(reassessmentInterval.max),
  version: z.number().int().min(0),
});

const rulesRevision = z.object({
  text: z.string(),
  revision: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
});
export const houseRules = z.object({
  centre: rulesRevision.nullable(),
  /** The screened units, each with its extended rules. */
  units: z.array(
    z.object({ unitId: z.string(), name: z.string(), rules: rulesRevision.nullable() }),
  ),
});
export const houseRulesBody = z.object({
  /** Null for the house rules; a screened unit's id for its extended rules. */
  unitId: z.uuid().nullable().default(null),
  text: text(20_000).min(1, 'Write the rules'),
  /** The revision the editor started from; 0 when there was none. */
  revision: z.number().int().min(0),
});
export const revisionResponse = z.object({ revision: z.number().int() });

// Assessments.

const answerValue = z.enum(threatAnswers);
export const assessmentBody = z.object({
  kind: z.enum(assessmentKinds),
  answers: z
    .array(
      z.object({
        key: z.string().min(1).max(100),
        now: answerValue,
        earlier: answerValue,
        note: optionalText(2000),
      }),
    )
    .min(1)
    .max(100),
  judgement: z.enum(riskJudgements),
  reasons: text(5000).min(1, 'Say why you judge the risk so'),
});

/** When the risk must next be assessed; null once the stay has ended. */
export const reassessment = z
  .object({
    dueOn: z.string(),
    reason: z.enum(reassessmentReasons),
    incidentId: z.string().nullable(),
    state: z.enum(reassessmentStates),
  })
  .nullable();

const staffRef = z.object({ id: z.string(), name: z.string() });

export const assessmentView = z.object({
  id: z.string(),
  kind: z.enum(assessmentKinds),
  judgement: z.enum(riskJudgements),
  reasons: z.string(),
  answers: z.array(
    z.object({
      key: z.string(),
      labelNb: z.string(),
      labelEn: z.string(),
      now: answerValue,
      earlier: answerValue,
      note: z.string().nullable(),
    }),
  ),
  assessedAt: z.string(),
  assessedBy: staffRef,
});
export const assessmentHistory = z.object({
  /** Newest first. */
  items: z.array(assessmentView),
  reassessment,
});

// Safety plan.

const planFields = {
  routes: optionalText(4000),
  phone: optionalText(4000),
  school: optionalText(4000),
  ifFound: optionalText(4000),
  other: optionalText(4000),
};
export const safetyPlanBody = z.object({
  /** The version the editor started from; 0 for a new plan. */
  version: z.number().int().min(0),
  ...planFields,
});
export const safetyPlanView = z.object({
  plan: z
    .object({
      routes: z.string().nullable(),
      phone: z.string().nullable(),
      school: z.string().nullable(),
      ifFound: z.string().nullable(),
      other: z.string().nullable(),
      updatedAt: z.string(),
      updatedBy: staffRef,
      reviewedAt: z.string().nullable(),
      reviewedBy: staffRef.nullable(),
      nextReviewOn: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
});
export const reviewBody = z.object({ version, nextReviewOn: isoDate.nullable().default(null) });

// Incidents.

export const incidentBody = z.object({
  stayId: z.uuid({ error: 'Choose the resident' }),
  occurredAt: instant.optional(),
  kind: z.enum(incidentKinds),
  description: text(5000).min(1, 'Describe what happened'),
  measures: optionalText(4000),
  policeCalled: z.boolean().default(false),
});
export const followUpBody = z.object({
  version,
  text: text(4000).min(1, 'Describe the follow-up'),
  done: z.boolean().default(false),
});
export const incidentView = z.object({
  id: z.string(),
  stayId: z.string(),
  /** The resident's alias or initials. */
  resident: z.string(),
  occurredAt: z.string(),
  kind: z.enum(incidentKinds),
  description: z.string(),
  measures: z.string().nullable(),
  policeCalled: z.boolean(),
  followUp: z.string().nullable(),
  followUpDoneAt: z.string().nullable(),
  followUpDoneBy: staffRef.nullable(),
  reportedBy: staffRef,
  reportedAt: z.string(),
  version: z.number().int(),
});
export const incidentList = z.object({ items: z.array(incidentView) });

// The stay, the start page, the resident picker.

export const stayProtection = z.object({
  intakeId: z.string().nullable(),
  latest: z
    .object({
      judgement: z.enum(riskJudgements),
      kind: z.enum(assessmentKinds),
      assessedAt: z.string(),
    })
    .nullable(),
  reassessment,
  incidents: z.array(incidentView),
});

export const overdueList = z.object({
  items: z.array(
    z.object({
      stayId: z.string(),
      intakeId: z.string().nullable(),
      resident: z.string(),
      dueOn: z.string(),
      state: z.enum(['due', 'overdue']),
      reason: z.enum(reassessmentReasons),
    }),
  ),
});

export const residentList = z.object({
  items: z.array(z.object({ stayId: z.string(), resident: z.string() })),
});
