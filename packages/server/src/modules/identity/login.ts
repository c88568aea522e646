import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { AppError } from '../../platform/http/errors.ts';
import { metrics } from '../../platform/metrics/metrics.ts';
import { countAttempt, passwordKeys, type ChecksInFlight } from './attempts.ts';
import { authEvent, noteFailure } from './authentication.ts';

const wrongCredentials = () => new AppError('unauthenticated', 'Wrong user name or password');

export interface LoginResult {
  token: string;
  next: 'second_factor' | 'enrol_second_factor';
}

/**
 * The password step. Unknown accounts, deactivated accounts and wrong passwords all answer the
 * same, after the same Argon2 work. The attempt counts against the name as typed and the address
 * before the hash is checked; a right password does not give it back — only a completed login does.
 */
export async function loginWithPassword(
  ctx: AppContext,
  checks: ChecksInFlight,
  input: { username: string; password: string; ip: string; userAgent?: string },
): Promise<LoginResult> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const keys = passwordKeys(input.username, input.ip);
  await countAttempt(db, keys, now);

  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'centre_id', 'password_hash', 'totp_secret'])
    .where('username', '=', input.username.trim().toLowerCase())
    .where('active', '=', 1)
    .executeTakeFirst();
  const ok = await checks.run(keys, () =>
    verifyPassword(user?.password_hash ?? null, input.password),
  );

  if (!user || !ok) {
    await db.transaction().execute(async (tx) => {
      if (user) await noteFailure(tx, user.id, now);
      await auditEvent(
        tx,
        ctx,
        authEvent(user?.id ?? null, user?.centre_id ?? null, 'auth.password', 'failed'),
      );
    });
    metrics.loginFailure('password');
    throw wrongCredentials();
  }
  return db.transaction().execute(async (tx) => {
    const { token } = await createSession(tx, user.id, now, input.userAgent);
    await auditEvent(tx, ctx, authEvent(user.id, user.centre_id, 'auth.password', 'success'));
    return {
      token,
      next: user.totp_secret ? ('second_factor' as const) : ('enrol_second_factor' as const),
    };
  });
}

/**
 * The identity provider vouched for a user name: the password step is done. Havn's second factor
 * still follows. A name without an active account here is refused like a wrong password.
 */
export async function loginWithIdentityProvider(
  ctx: AppContext,
  username: string | null,
  userAgent: string | undefined,
): Promise<LoginResult | null> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const user = username
    ? await db
        .selectFrom('staff_users')
        .select(['id', 'centre_id', 'totp_secret'])
        .where('username', '=', username)
        .where('active', '=', 1)
        .executeTakeFirst()
    : undefined;
  const result = await db.transaction().execute(async (tx) => {
    if (!user) {
      await auditEvent(tx, ctx, authEvent(null, null, 'auth.oidc', 'failed'));
      return null;
    }
    const { token } = await createSession(tx, user.id, now, userAgent);
    await auditEvent(tx, ctx, authEvent(user.id, user.centre_id, 'auth.oidc', 'success'));
    return {
      token,
      next: user.totp_secret ? ('second_factor' as const) : ('enrol_second_factor' as const),
    };
  });
  if (result === null) metrics.loginFailure('identity_provider');
  return result;
}
