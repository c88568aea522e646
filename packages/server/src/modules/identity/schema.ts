import { actions, roles } from '@havn/domain';
import { z } from 'zod';

const sixDigits = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Six digits from the authenticator app');

export const loginBody = z.object({
  username: z.string().trim().min(1, 'Enter your user name').max(100),
  password: z.string().min(1, 'Enter your password').max(1000),
});

export const loginResponse = z.object({ next: z.enum(['second_factor', 'enrol_second_factor']) });

export const secondFactorBody = z.union([
  z.object({ code: sixDigits }),
  z.object({
    recoveryCode: z.string().trim().min(10, 'A recovery code has ten characters').max(20),
  }),
]);

export const enrolmentResponse = z.object({
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
  /** For typing into an app by hand when the camera cannot be used. */
  secret: z.string(),
});

export const enrolmentConfirmBody = z.object({ code: sixDigits });
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });

export const activateBody = z.object({
  username: z.string().trim().min(1).max(100),
  activationCode: z.string().trim().min(10).max(100),
  newPassword: z.string().min(1).max(1000),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(1000),
  code: sixDigits,
  newPassword: z.string().min(1).max(1000),
});

export const meResponse = z.discriminatedUnion('state', [
  z.object({ state: z.literal('anonymous') }),
  z.object({ state: z.literal('second_factor'), enrolled: z.boolean(), csrfToken: z.string() }),
  z.object({
    state: z.literal('authenticated'),
    csrfToken: z.string(),
    user: z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      centreId: z.string(),
      centreName: z.string(),
      roles: z.array(z.enum(roles)),
      clearedForPersonalData: z.boolean(),
    }),
    permissions: z.array(z.enum(actions)),
    /** Failed passwords and codes on the account between the last login and this one. */
    failedAttempts: z.object({ count: z.number().int(), since: z.string() }).nullable(),
  }),
]);

export const demoInfoResponse = z.object({
  demo: z.boolean(),
  /** Every loaded demo centre with its demo accounts; several demo centres can share a database. */
  centres: z.array(
    z.object({
      name: z.string(),
      accounts: z.array(z.object({ username: z.string(), role: z.enum(roles) })),
    }),
  ),
  password: z.string().optional(),
  totpSecret: z.string().optional(),
});

export const noContent = z.null();

export const providersResponse = z.object({
  /** Login through the municipality's identity provider, when configured. */
  oidc: z.object({ label: z.string(), startUrl: z.string() }).nullable(),
});

export const oidcCallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  iss: z.string().max(500).optional(),
  session_state: z.string().max(500).optional(),
});
