import type { AppContext } from '../../platform/context.ts';
import { auditEvent, type ModuleAuditEvent } from '../../platform/audit/events.ts';
import { hashPassword, passwordProblems, verifyPassword } from '../../platform/auth/passwords.ts';
import {
  completeSecondFactor,
  createSession,
  endAllSessions,
  type SessionView,
} from '../../platform/auth/sessions.ts';
import {
  enrolmentQr,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
} from '../../platform/auth/totp.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { constantTimeEqual, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertNotLocked, attemptKeys, clearFailures, recordFailure } from './attempts.ts';

const wrongCredentials = () => new AppError('unauthenticated', 'Wrong user name or password');
const wrongCode = () => new AppError('unauthenticated', 'The code was not accepted');

function authEvent(
  userId: string | null,
  centreId: string | null,
  action: string,
  outcome: ModuleAuditEvent['outcome'],
): ModuleAuditEvent {
  return {
    centreId,
    actor: userId ?? 'unknown',
    verb: 'login',
    action,
    outcome,
    recordType: userId ? 'staff_user' : null,
    recordId: userId,
  };
}

export interface LoginResult {
  token: string;
  next: 'second_factor' | 'enrol_second_factor';
}

/**
 * The password step. Unknown accounts, deactivated accounts and wrong passwords all answer the
 * same, after the same Argon2 work; failures count against the name as typed and the address.
 */
export async function loginWithPassword(
  ctx: AppContext,
  input: { username: string; password: string; ip: string; userAgent?: string },
): Promise<LoginResult> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const keys = attemptKeys(input.username, input.ip);
  await assertNotLocked(db, [keys.account, keys.address], now);

  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'centre_id', 'password_hash', 'totp_secret'])
    .where('username', '=', input.username.trim().toLowerCase())
    .where('active', '=', 1)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);

  if (!user || !ok) {
    await db.transaction().execute(async (tx) => {
      await recordFailure(tx, keys, now);
      await auditEvent(
        tx,
        ctx,
        authEvent(user?.id ?? null, user?.centre_id ?? null, 'auth.password', 'failed'),
      );
    });
    throw wrongCredentials();
  }
  return db.transaction().execute(async (tx) => {
    await clearFailures(tx, keys.account);
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
  return db.transaction().execute(async (tx) => {
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
}

async function loginUser(tx: Tx, userId: string) {
  return tx
    .selectFrom('staff_users')
    .select(['id', 'centre_id', 'username', 'totp_secret', 'totp_pending_secret', 'totp_last_step'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
}

/**
 * The second step: a TOTP code (each time step accepted once) or an unused recovery code. Success
 * replaces the session token; failures count against the account like wrong passwords.
 */
export async function completeLogin(
  ctx: AppContext,
  session: SessionView,
  proof: { code: string } | { recoveryCode: string },
): Promise<{ token: string }> {
  const { db } = ctx.database;
  const box = secretBox(ctx.config.encryptionKey);
  const now = ctx.clock.now();
  const user = await db.transaction().execute((tx) => loginUser(tx, session.userId));
  if (!user.totp_secret) throw conflict('Set up the authenticator app first');
  const keys = attemptKeys(user.username, '');
  await assertNotLocked(db, [keys.account], now);

  const outcome = await db.transaction().execute(async (tx) => {
    if ('code' in proof) {
      const step = matchTotp(box.open(user.totp_secret!), proof.code, now, user.totp_last_step);
      if (step === null) return null;
      await tx
        .updateTable('staff_users')
        .set({ totp_last_step: step })
        .where('id', '=', user.id)
        .execute();
      return 'auth.totp';
    }
    const used = await tx
      .updateTable('recovery_codes')
      .set({ used_at: now.toISOString() })
      .where('user_id', '=', user.id)
      .where('code_hash', '=', recoveryCodeHash(proof.recoveryCode))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(used.numUpdatedRows) === 1 ? 'auth.recovery_code' : null;
  });

  return db
    .transaction()
    .execute(async (tx) => {
      if (outcome === null) {
        await recordFailure(tx, { account: keys.account }, now);
        await auditEvent(
          tx,
          ctx,
          authEvent(user.id, user.centre_id, 'auth.second_factor', 'failed'),
        );
        return null;
      }
      await clearFailures(tx, keys.account);
      const { token } = await completeSecondFactor(tx, session.id, now);
      await auditEvent(tx, ctx, authEvent(user.id, user.centre_id, outcome, 'success'));
      return { token };
    })
    .then((result) => {
      if (result === null) throw wrongCode();
      return result;
    });
}

/** Starts enrolment for an account without a second factor; an enrolled account cannot restart it here. */
export async function startEnrolment(ctx: AppContext, session: SessionView) {
  const box = secretBox(ctx.config.encryptionKey);
  return ctx.database.db.transaction().execute(async (tx) => {
    const user = await loginUser(tx, session.userId);
    if (user.totp_secret) throw conflict('The authenticator app is already set up');
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
export async function confirmEnrolment(ctx: AppContext, session: SessionView, code: string) {
  const { db } = ctx.database;
  const box = secretBox(ctx.config.encryptionKey);
  const now = ctx.clock.now();
  const result = await db.transaction().execute(async (tx) => {
    const user = await loginUser(tx, session.userId);
    if (user.totp_secret || !user.totp_pending_secret)
      throw conflict('Start setting up the authenticator app again');
    const step = matchTotp(box.open(user.totp_pending_secret), code, now, null);
    if (step === null) return null;
    const recoveryCodes = newRecoveryCodes();
    await tx
      .updateTable('staff_users')
      .set({
        totp_secret: user.totp_pending_secret,
        totp_pending_secret: null,
        totp_enabled_at: now.toISOString(),
        totp_last_step: step,
      })
      .where('id', '=', user.id)
      .execute();
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
    const { token } = await completeSecondFactor(tx, session.id, now);
    await auditEvent(tx, ctx, {
      ...authEvent(user.id, user.centre_id, 'auth.totp_enrolled', 'success'),
      verb: 'update',
      fields: ['totp_secret', 'recovery_codes'],
    });
    return { token, recoveryCodes };
  });
  if (result === null) throw wrongCode();
  return result;
}

/** Sets the first password with a one-time activation code an administrator handed over. */
export async function activateAccount(
  ctx: AppContext,
  input: { username: string; activationCode: string; newPassword: string; ip: string },
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const keys = attemptKeys(input.username, input.ip);
  await assertNotLocked(db, [keys.account, keys.address], now);
  const username = input.username.trim().toLowerCase();
  const problems = passwordProblems(input.newPassword, username);
  if (problems.length > 0) {
    throw invalid(
      problems.map((p) => ({ path: 'body.newPassword', code: p, message: passwordMessages[p] })),
    );
  }
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
    await db.transaction().execute((tx) => recordFailure(tx, keys, now));
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

export const passwordMessages = {
  too_short: 'Use at least 8 characters; 15 or more is better',
  too_long: 'Use at most 128 characters',
  too_common: 'This password is too common; choose another',
  contains_username: 'The password must not contain the user name',
} as const;
