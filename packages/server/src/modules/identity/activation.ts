import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { constantTimeEqual, sha256 } from '../../platform/crypto/tokens.ts';
import { AppError } from '../../platform/http/errors.ts';
import { countAttempt, passwordKeys } from './attempts.ts';
import { assertPasswordAllowed, authEvent } from './authentication.ts';

/**
 * Sets a password with a one-time activation code an administrator handed over: the first one,
 * or a new one after an administrator's reset. The second factor, if set up, stays. A code is
 * guessed like a password: it counts against the name and the address before it is compared.
 */
export async function activateAccount(
  ctx: AppContext,
  input: { username: string; activationCode: string; newPassword: string; ip: string },
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const username = input.username.trim().toLowerCase();
  assertPasswordAllowed(input.newPassword, username, 'body.newPassword');
  await countAttempt(db, passwordKeys(input.username, input.ip), now);
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'centre_id', 'activation_hash', 'activation_expires_at'])
    .where('username', '=', username)
    .where('active', '=', 1)
    .executeTakeFirst();
  const valid =
    user?.activation_hash != null &&
    user.activation_expires_at != null &&
    user.activation_expires_at > now.toISOString() &&
    constantTimeEqual(user.activation_hash, sha256(input.activationCode.trim()));
  if (!user || !valid) {
    throw new AppError('unauthenticated', 'The activation code is wrong or has expired');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('staff_users')
      .set({
        password_hash: passwordHash,
        activation_hash: null,
        activation_expires_at: null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', user.id)
      .execute();
    await endAllSessions(tx, user.id);
    await auditEvent(tx, ctx, {
      ...authEvent(user.id, user.centre_id, 'auth.activate', 'success'),
      verb: 'update',
      fields: ['password_hash'],
    });
  });
}
