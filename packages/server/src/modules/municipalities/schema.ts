import { z } from 'zod';

export const agreementTerms = z
  .object({
    /** The agreed limit, in overnights (six weeks = 42). */
    stayLimitDays: z.number().int().min(1).max(730),
    warningDays: z.number().int().min(0).max(730),
    /** The home municipality pays for the overnights beyond the limit. */
    billDaysBeyond: z.boolean(),
  })
  .refine((t) => t.warningDays <= t.stayLimitDays, {
    message: 'The warning cannot start before the stay does',
    path: ['warningDays'],
  });

export const agreementView = z.object({
  stayLimitDays: z.number().int(),
  warningDays: z.number().int(),
  billDaysBeyond: z.boolean(),
  /** Null: nothing agreed yet, these are the defaults. */
  version: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
});

export const agreementsResponse = z.object({
  /** For residents whose municipality has no agreement of its own. */
  default: agreementView,
  municipalities: z.array(
    z.object({
      number: z.string(),
      name: z.string(),
      relation: z.enum(['host', 'partner']),
      /** Null: the centre's default applies. */
      agreement: agreementView.nullable(),
    }),
  ),
});

export const agreementParams = z.object({
  municipalityNumber: z
    .string()
    .regex(/^(\d{4}|default)$/, 'A municipality number, or "default" for the centre default'),
});

export const agreementBody = agreementTerms.and(
  z.object({
    /** The version read; null to make the first agreement for this municipality. */
    version: z.number().int().min(1).nullable(),
  }),
);

/** The public register, the centre's own (host and partners) marked and first. */
export const municipalityOptions = z.object({
  items: z.array(
    z.object({
      number: z.string(),
      name: z.string(),
      /** With the Sami or Kven form where there is one. */
      officialName: z.string(),
      countyName: z.string(),
      centre: z.boolean(),
    }),
  ),
});
