import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import type { SessionView } from '../../platform/auth/sessions.ts';
import {
  enrolmentQr,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
} from '../../platform/auth/totp.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { conflict } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authEvent, finishLogin, guessSecondFactor, loginUser } from './authentication.ts';

/** Starts enrolment for an account without a second factor; an enrolled account cannot restart it here. */
export async function startEnrolment(ctx: AppContext, session: SessionView) {
  const box = secretBox(ctx.config.encryptionKey);
  return ctx.database.db.transaction().execute(async (tx) => {
    const user = await loginUser(tx, session.userId);
    if (user.totp_secret)
      throw conflict('The authenticator app is already set up', 'second_factor_set_up');
    const secret = newTotpSecret();
    await tx
      .updateTable('staff_users')
      .set({ totp_pending_secret: box.seal(secret) })
      .where('id', '=', user.id)
      .execute();
    const { uri, qrDataUrl } = await enrolmentQr(secret, user.username);
    return { otpauthUri: uri, qrDataUrl, secret };
  });
}

/** Confirms enrolment with a first code; gives ten recovery codes, shown once, and completes the login. */
export async function confirmEnrolment(
  ctx: AppContext,
  session: SessionView,
  code: string,
  ip: string,
) {
  const { db } = ctx.database;
  const box = secretBox(ctx.config.encryptionKey);
  const now = ctx.clock.now();
  const user = await db.transaction().execute((tx) => loginUser(tx, session.userId));
  if (user.totp_secret || !user.totp_pending_secret)
    throw conflict('Start setting up the authenticator app again', 'enrolment_expired');
  const pendingSecret = user.totp_pending_secret;

  return guessSecondFactor(ctx, session, user, ip, async (tx) => {
    const step = matchTotp(box.open(pendingSecret), code, now, null);
    if (step === null) return null;
    const recoveryCodes = newRecoveryCodes();
    const enrolled = await tx
      .updateTable('staff_users')
      .set({
        totp_secret: pendingSecret,
        totp_pending_secret: null,
        totp_enabled_at: now.toISOString(),
        totp_last_step: step,
      })
      .where('id', '=', user.id)
      .where('totp_secret', 'is', null)
      .executeTakeFirst();
    if (Number(enrolled.numUpdatedRows) !== 1) return null;
    await tx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await tx
      .insertInto('recovery_codes')
      .values(
        recoveryCodes.map((c) => ({
          id: newId(),
          user_id: user.id,
          code_hash: recoveryCodeHash(c),
          created_at: now.toISOString(),
          used_at: null,
        })),
      )
      .execute();
    const { token } = await finishLogin(tx, user, session.id, ip, now);
    await auditEvent(tx, ctx, {
      ...authEvent(user.id, user.centre_id, 'auth.totp_enrolled', 'success'),
      verb: 'update',
      fields: ['totp_secret', 'recovery_codes'],
    });
    return { token, recoveryCodes };
  });
}
