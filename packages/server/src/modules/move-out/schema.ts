import { housingRoutes, moveOutStepKinds } from '@havn/domain';
import { z } from 'zod';

const id = z.string();
const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });

export const stayIdParams = z.object({ id: z.uuid({ error: 'Not a stay id' }) });
export const stepParams = stayIdParams.extend({ stepId: z.uuid({ error: 'Not a step id' }) });

const owner = z.object({ type: z.enum(['staff', 'partner']), id, name: z.string() });

const step = z.object({
  id,
  kind: z.enum(moveOutStepKinds),
  dueOn: z.string().nullable(),
  owner: owner.nullable(),
  doneAt: z.string().nullable(),
  version: z.number().int(),
});

export const planView = z.object({
  stayId: id,
  /** 0 while nothing is recorded yet: state it to create the plan. */
  version: z.number().int(),
  arrivalOn: z.string(),
  route: z.enum(housingRoutes),
  /** For the route back to own home; null when not known. */
  perpetratorRemoved: z.boolean().nullable(),
  applicationPartner: z.object({ id, name: z.string() }).nullable(),
  /** Ready to move (flytteklar) from this Oslo date. */
  readyOn: z.string().nullable(),
  waitingDays: z.number().int().nullable(),
  letter: z.object({ generatedAt: z.string(), generatedBy: z.string() }).nullable(),
  steps: z.array(step),
  nextStepId: id.nullable(),
});

export const planBody = z.object({
  /** The version read; 0 for a plan not yet recorded. */
  version: z.number().int().min(0),
  route: z.enum(housingRoutes),
  perpetratorRemoved: z.boolean().nullable().default(null),
  applicationPartnerId: z.uuid().nullable().default(null),
  readyOn: isoDate.nullable().default(null),
});

/** An owner is a staff member of the centre or a partner, not both. */
const owners = {
  ownerUserId: z.uuid().nullable().default(null),
  ownerPartnerId: z.uuid().nullable().default(null),
};
const oneOwner = (b: { ownerUserId: string | null; ownerPartnerId: string | null }) =>
  b.ownerUserId === null || b.ownerPartnerId === null;
const oneOwnerMessage = {
  message: 'A staff member or a partner, not both',
  path: ['ownerPartnerId'],
};

export const stepBody = z
  .object({ kind: z.enum(moveOutStepKinds), dueOn: isoDate.nullable().default(null), ...owners })
  .refine(oneOwner, oneOwnerMessage);

export const stepUpdateBody = z
  .object({
    version: z.number().int().min(1),
    dueOn: isoDate.nullable().default(null),
    ...owners,
    done: z.boolean(),
  })
  .refine(oneOwner, oneOwnerMessage);

export const created = z.object({ id, version: z.number().int() });
export const versionResponse = z.object({ version: z.number().int() });

export const letterResponse = z.object({
  title: z.string(),
  paragraphs: z.array(z.string()),
  signature: z.array(z.string()),
  generatedAt: z.string(),
  /**
   * Whether the person's consent to share with the home municipality stands today. The letter is
   * handed to the person for their own application either way; the page says so when it does not.
   */
  mayShareWithHomeMunicipality: z.boolean(),
});

const resident = z.object({
  stayId: id,
  stayVersion: z.number().int(),
  /** Alias or initials — never a name; null when this actor may not open the person. */
  label: z.string().nullable(),
  persons: z.number().int(),
  dayOfStay: z.number().int(),
  limitDays: z.number().int(),
  daysBeyondLimit: z.number().int(),
  readyOn: z.string().nullable(),
  waitingDays: z.number().int().nullable(),
  route: z.enum(housingRoutes),
  nextStep: z
    .object({
      kind: z.enum(moveOutStepKinds),
      dueOn: z.string().nullable(),
      owner: owner.nullable(),
    })
    .nullable(),
  homeMunicipality: z.object({ number: z.string(), name: z.string() }).nullable(),
});

export const boardResponse = z.object({
  at: z.string(),
  residents: z.array(resident),
  counts: z.object({
    readyToMove: z.number().int(),
    /** Beds × nights spent ready to move, this month and this year (Oslo dates). */
    bedDaysWaitingMonth: z.number().int(),
    bedDaysWaitingYear: z.number().int(),
  }),
});
