import type { FieldProblemCode } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import type { SessionView } from '../../platform/auth/sessions.ts';
import { matchTotp } from '../../platform/auth/totp.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { metrics } from '../../platform/metrics/metrics.ts';
import {
  countAttempt,
  forgiveAttempts,
  passwordKeys,
  secondFactorKeys,
  type ChecksInFlight,
} from './attempts.ts';
import { assertPasswordAllowed, authEvent, noteFailure } from './authentication.ts';

/**
 * A logged-in person changes their own password: the current password and a fresh code first
 * (re-authentication; each counts on its own key like a login), the new one by the password
 * policy. Every other session of the person ends; this one goes on.
 */
export async function changePassword(
  ctx: AppContext,
  checks: ChecksInFlight,
  session: SessionView,
  input: { currentPassword: string; code: string; newPassword: string; ip: string },
): Promise<void> {
  const { db } = ctx.database;
  const box = secretBox(ctx.config.encryptionKey);
  const now = ctx.clock.now();
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'centre_id', 'username', 'password_hash', 'totp_secret', 'totp_last_step'])
    .where('id', '=', session.userId)
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  if (!user.totp_secret)
    throw conflict('Set up the authenticator app first', 'second_factor_missing');
  assertPasswordAllowed(input.newPassword, user.username, 'body.newPassword');
  const refused = (path: string, code: FieldProblemCode, message: string) =>
    db
      .transaction()
      .execute(async (tx) => {
        await noteFailure(tx, user.id, now);
        await auditEvent(tx, ctx, {
          ...authEvent(user.id, user.centre_id, 'auth.change_password', 'failed'),
          verb: 'update',
        });
      })
      .then(() => {
        metrics.loginFailure('change_password');
        return invalid([{ path, code, message }]);
      });

  const keys = passwordKeys(user.username, input.ip);
  await countAttempt(db, keys, now);
  const ok = await checks.run(keys, () =>
    verifyPassword(user.password_hash, input.currentPassword),
  );
  if (!ok)
    throw await refused('body.currentPassword', 'wrong_password', 'The current password is wrong');
  await countAttempt(db, secondFactorKeys(user.id, input.ip), now);
  const step = matchTotp(box.open(user.totp_secret), input.code, now, user.totp_last_step);
  if (step === null) throw await refused('body.code', 'wrong_code', 'The code was not accepted');

  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    const changed = await tx
      .updateTable('staff_users')
      .set({ password_hash: passwordHash, totp_last_step: step, updated_at: now.toISOString() })
      .where('id', '=', user.id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1)
      throw invalid([
        { path: 'body.code', code: 'wrong_code', message: 'The code was not accepted' },
      ]);
    await tx
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('id', '!=', session.id)
      .execute();
    await forgiveAttempts(tx, { username: user.username, userId: user.id, ip: input.ip });
    await auditEvent(tx, ctx, {
      ...authEvent(user.id, user.centre_id, 'auth.change_password', 'success'),
      verb: 'update',
      fields: ['password_hash'],
    });
  });
}
