import { partnerTypes } from '@havn/domain';
import { z } from 'zod';
import { somethingToChange } from '../../platform/http/change-body.ts';

const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const partnerFields = z.object({
  type: z.enum(partnerTypes),
  name: z.string().trim().min(2, 'Give the name of the service').max(200),
  municipalityNumber: z
    .string()
    .regex(/^\d{4}$/, 'A four-digit municipality number')
    .nullable()
    .optional(),
  phone: text(40),
  email: z.email({ error: 'Not an e-mail address' }).nullable().optional(),
  contactName: text(100),
  notes: text(1000),
});

export const partner = z.object({
  id: z.string(),
  type: z.enum(partnerTypes),
  name: z.string(),
  municipalityNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  contactName: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
});

export const partnerList = z.object({ items: z.array(partner) });
export const partnerListQuery = z.object({ type: z.enum(partnerTypes).optional() });
export const partnerIdParams = z.object({ id: z.uuid({ error: 'Not a partner id' }) });
export const updatePartnerBody = somethingToChange(
  partnerFields
    .partial()
    .extend({ version: z.number().int().min(1), active: z.boolean().optional() }),
);
export const created = z.object({ id: z.string(), version: z.number().int() });
export const versionResponse = z.object({ version: z.number().int() });
