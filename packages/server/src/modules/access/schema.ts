import { breakGlassReasonMinLength, breakGlassRecordTypes } from '@havn/domain';
import { z } from 'zod';

export const breakGlassBody = z.object({
  recordType: z.enum(breakGlassRecordTypes),
  recordId: z.uuid({ error: 'Not a record id' }),
  reason: z
    .string()
    .trim()
    .min(breakGlassReasonMinLength, `Say why, in at least ${breakGlassReasonMinLength} characters`)
    .max(1000),
  /** A fresh code from the authenticator app: breaking the glass asks for the second factor again. */
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Six digits from the authenticator app'),
});

export const grant = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  /** Whom the record is about, by alias (her name where she has none); null if merged away. */
  personAlias: z.string().nullable(),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});

export const grantCreated = z.object({ id: z.string(), expiresAt: z.string() });
export const grantList = z.object({ items: z.array(grant) });
export const grantListQuery = z.object({ reviewed: z.enum(['true', 'false']).default('false') });
export const grantParams = z.object({ id: z.uuid({ error: 'Not a grant id' }) });

export const addressAccess = z.object({
  id: z.string(),
  personId: z.string(),
  userId: z.string(),
  userName: z.string(),
  grantedBy: z.string(),
  grantedByName: z.string(),
  caseType: z.enum(['stay', 'day_user_case', 'reestablishment_case']),
  caseId: z.string(),
  protection: z.enum(['confidential', 'strictly_confidential']),
  grantedAt: z.string(),
  reviewedAt: z.string().nullable(),
});
export const addressAccessList = z.object({ items: z.array(addressAccess) });
