import { auditRecordTypes } from '@havn/domain';
import { z } from 'zod';

export const auditPageQuery = z.object({
  /** Entries older than this sequence number; omit for the newest. (`seq` is a 32-bit column.) */
  before: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const recordParams = z.object({
  recordType: z.enum(auditRecordTypes),
  recordId: z.string().min(1).max(64),
});

export const auditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** The staff member's display name, when the actor is a staff member of this centre. */
  actorName: z.string().nullable(),
  verb: z.string(),
  action: z.string(),
  outcome: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  fields: z.array(z.string()),
  reason: z.string().nullable(),
});

export const auditPage = z.object({
  items: z.array(auditEntry),
  /** Pass as `before` for the next page; null at the end. */
  nextBefore: z.number().int().nullable(),
});
