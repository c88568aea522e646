import { roles } from '@havn/domain';
import { z } from 'zod';

const isoDate = z.iso.date({ error: 'A date as YYYY-MM-DD' });
// A set of roles: a role named twice is held once (staff_roles has one row per user and role).
const roleList = z
  .array(z.enum(roles))
  .min(1, 'Give at least one role')
  .max(roles.length)
  .transform((list) => [...new Set(list)]);

export const staffIdParams = z.object({ id: z.uuid({ error: 'Not a staff id' }) });

export const staffMember = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  municipalityNumber: z.string().nullable(),
  policeCertificateDate: z.string().nullable(),
  confidentialityDeclarationDate: z.string().nullable(),
  clearedForPersonalData: z.boolean(),
  mfaEnabled: z.boolean(),
  activated: z.boolean(),
  active: z.boolean(),
  activeSessions: z.number().int(),
  version: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const staffListResponse = z.object({ items: z.array(staffMember) });

export const createStaffBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, '3–50 letters a–z, digits, dot, dash or underscore'),
  displayName: z.string().trim().min(1, 'Give a name').max(100),
  roles: roleList,
  municipalityNumber: z
    .string()
    .regex(/^\d{4}$/, 'A four-digit municipality number')
    .optional(),
});

const activationCode = {
  /** Shown once, to hand to the person; they choose their own password with it. */
  activationCode: z.string(),
  activationExpiresAt: z.string(),
};

export const createStaffResponse = z.object({ id: z.string(), ...activationCode });

export const versionBody = z.object({ version: z.number().int().min(1) });
export const rolesBody = versionBody.extend({ roles: roleList });
export const dutiesBody = versionBody.extend({
  policeCertificateDate: isoDate.nullable(),
  confidentialityDeclarationDate: isoDate.nullable(),
});

export const versionResponse = z.object({ version: z.number().int() });
export const resetPasswordResponse = versionResponse.extend(activationCode);
export const rolesResponse = versionResponse.extend({
  /**
   * When a casework role is granted to an account not yet activated: a fresh one-time code for
   * the granting unit leader to hand over; the earlier code no longer works.
   */
  activationCode: z.string().optional(),
  activationExpiresAt: z.string().optional(),
});
export const sessionsEndedResponse = z.object({ ended: z.number().int() });
