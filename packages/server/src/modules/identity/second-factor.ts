import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import type { SessionView } from '../../platform/auth/sessions.ts';
import { matchTotp, recoveryCodeHash } from '../../platform/auth/totp.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { conflict } from '../../platform/http/errors.ts';
import { authEvent, finishLogin, guessSecondFactor, loginUser } from './authentication.ts';

/**
 * The second step: a TOTP code (each time step accepted once) or an unused recovery code.
 * Success replaces the session token.
 */
export async function completeLogin(
  ctx: AppContext,
  session: SessionView,
  proof: { code: string } | { recoveryCode: string },
  ip: string,
): Promise<{ token: string }> {
  const { db } = ctx.database;
  const box = secretBox(ctx.config.encryptionKey);
  const now = ctx.clock.now();
  const user = await db.transaction().execute((tx) => loginUser(tx, session.userId));
  if (!user.totp_secret)
    throw conflict('Set up the authenticator app first', 'second_factor_missing');

  return guessSecondFactor(ctx, session, user, ip, async (tx) => {
    let outcome: 'auth.totp' | 'auth.recovery_code';
    if ('code' in proof) {
      const step = matchTotp(box.open(user.totp_secret!), proof.code, now, user.totp_last_step);
      if (step === null) return null;
      // Only a later step: two requests with the same code cannot both pass.
      const taken = await tx
        .updateTable('staff_users')
        .set({ totp_last_step: step })
        .where('id', '=', user.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) !== 1) return null;
      outcome = 'auth.totp';
    } else {
      const used = await tx
        .updateTable('recovery_codes')
        .set({ used_at: now.toISOString() })
        .where('user_id', '=', user.id)
        .where('code_hash', '=', recoveryCodeHash(proof.recoveryCode))
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) return null;
      outcome = 'auth.recovery_code';
    }
    const done = await finishLogin(tx, user, session.id, ip, now);
    await auditEvent(tx, ctx, authEvent(user.id, user.centre_id, outcome, 'success'));
    return done;
  });
}
