import { sql } from 'kysely';
import { pendingLoginEnds } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent, type ModuleAuditEvent } from '../../platform/audit/events.ts';
import { hashPassword, passwordProblems, verifyPassword } from '../../platform/auth/passwords.ts';
import {
  completeSecondFactor,
  createSession,
  endAllSessions,
  endSession,
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
import { AppError, conflict, invalid, unauthenticated } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import {
  countAttempt,
  forgiveAttempts,
  passwordKeys,
  secondFactorKeys,
  type ChecksInFlight,
} from './attempts.ts';

const wrongCredentials = () => new AppError('unauthenticated', 'Wrong user name or password');
const wrongCode = () => new AppError('unauthenticated', 'The code was not accepted');
const loginAgain = () =>
  new AppError('unauthenticated', 'Too many wrong codes. Log in again with your password.');

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

/** One more failed password or code on an existing account, to tell the person at the next login. */
async function noteFailure(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx
    .updateTable('staff_users')
    .set({
      failed_attempts: sql`failed_attempts + 1`,
      failed_attempts_since: sql`coalesce(failed_attempts_since, ${now.toISOString()})`,
    })
    .where('id', '=', userId)
    .execute();
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

type LoginUser = Awaited<ReturnType<typeof loginUser>>;

/**
 * One guess at a second factor in a login waiting for it: a TOTP code, a recovery code or the
 * first code of an enrolment. The guess counts against the pending login and against the
 * account's and the address's second-factor keys before it is checked. `check` does the success
 * in one transaction, or returns null for a wrong code. After five wrong codes the pending login
 * ends: the person starts again with the password.
 */
async function guessSecondFactor<T>(
  ctx: AppContext,
  session: SessionView,
  user: LoginUser,
  ip: string,
  check: (tx: Tx) => Promise<T | null>,
): Promise<T> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const counted = await db
    .updateTable('sessions')
    .set({ wrong_codes: sql`wrong_codes + 1` })
    .where('id', '=', session.id)
    .where('mfa_verified_at', 'is', null)
    .returning('wrong_codes')
    .executeTakeFirst();
  if (!counted) throw unauthenticated();
  // Every guess before this one in the pending login was wrong: a right one would have ended it.
  const wrongBefore = Number(counted.wrong_codes) - 1;
  if (pendingLoginEnds(wrongBefore)) {
    await endSession(db, session.id);
    throw loginAgain();
  }
  await countAttempt(db, secondFactorKeys(user.id, ip), now);

  const result = await db.transaction().execute(check);
  if (result !== null) return result;
  const ends = pendingLoginEnds(wrongBefore + 1);
  await db.transaction().execute(async (tx) => {
    await noteFailure(tx, user.id, now);
    if (ends) await endSession(tx, session.id);
    await auditEvent(tx, ctx, authEvent(user.id, user.centre_id, 'auth.second_factor', 'failed'));
  });
  throw ends ? loginAgain() : wrongCode();
}

/**
 * Both factors are done: the session gets a new token, the account's counters are cleared, and
 * the failed attempts since the last login move to this session, to be told to the person.
 */
async function finishLogin(
  tx: Tx,
  user: LoginUser,
  sessionId: string,
  ip: string,
  now: Date,
): Promise<{ token: string }> {
  await forgiveAttempts(tx, { username: user.username, userId: user.id, ip });
  const { failed_attempts, failed_attempts_since } = await tx
    .selectFrom('staff_users')
    .select(['failed_attempts', 'failed_attempts_since'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('staff_users')
    .set({ failed_attempts: 0, failed_attempts_since: null })
    .where('id', '=', user.id)
    .execute();
  const { token } = await completeSecondFactor(tx, sessionId, now, {
    failedAttempts: Number(failed_attempts ?? 0) > 0 ? Number(failed_attempts) : null,
    since: failed_attempts_since ?? null,
  });
  return { token };
}

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
  if (!user.totp_secret) throw conflict('Set up the authenticator app first');

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
    throw conflict('Start setting up the authenticator app again');
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

/** Refuses a new password the policy does not allow, with a reason per problem. */
function assertPasswordAllowed(password: string, username: string, path: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw invalid(problems.map((p) => ({ path, code: p, message: passwordMessages[p] })));
  }
}

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
  if (!user.totp_secret) throw conflict('Set up the authenticator app first');
  assertPasswordAllowed(input.newPassword, user.username, 'body.newPassword');
  const refused = (path: string, code: string, message: string) =>
    db
      .transaction()
      .execute(async (tx) => {
        await noteFailure(tx, user.id, now);
        await auditEvent(tx, ctx, {
          ...authEvent(user.id, user.centre_id, 'auth.change_password', 'failed'),
          verb: 'update',
        });
      })
      .then(() => invalid([{ path, code, message }]));

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

export const passwordMessages = {
  too_short: 'Use at least 8 characters; 15 or more is better',
  too_long: 'Use at most 128 characters',
  too_common: 'This password is too common; choose another',
  contains_username: 'The password must not contain the user name',
} as const;
