import { sql } from 'kysely';
import { pendingLoginEnds } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent, type ModuleAuditEvent } from '../../platform/audit/events.ts';
import { passwordProblems } from '../../platform/auth/passwords.ts';
import {
  completeSecondFactor,
  endSession,
  type SessionView,
} from '../../platform/auth/sessions.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError, invalid, unauthenticated } from '../../platform/http/errors.ts';
import { metrics } from '../../platform/metrics/metrics.ts';
import { countAttempt, forgiveAttempts, secondFactorKeys } from './attempts.ts';

const wrongCode = () => new AppError('unauthenticated', 'The code was not accepted');
const loginAgain = () =>
  new AppError('unauthenticated', 'Too many wrong codes. Log in again with your password.');

export function authEvent(
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

/** One more failed password or code on an existing account, to tell the person at the next login. */
export async function noteFailure(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx
    .updateTable('staff_users')
    .set({
      failed_attempts: sql`failed_attempts + 1`,
      failed_attempts_since: sql`coalesce(failed_attempts_since, ${now.toISOString()})`,
    })
    .where('id', '=', userId)
    .execute();
}

export async function loginUser(tx: Tx, userId: string) {
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
export async function guessSecondFactor<T>(
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
  metrics.loginFailure('second_factor');
  throw ends ? loginAgain() : wrongCode();
}

/**
 * Both factors are done: the session gets a new token, the account's counters are cleared, and
 * the failed attempts since the last login move to this session, to be told to the person.
 */
export async function finishLogin(
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

/** Refuses a new password the policy does not allow, with a reason per problem. */
export function assertPasswordAllowed(password: string, username: string, path: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw invalid(problems.map((p) => ({ path, code: p, message: passwordMessages[p] })));
  }
}

export const passwordMessages = {
  too_short: 'Use at least 8 characters; 15 or more is better',
  too_long: 'Use at most 128 characters',
  too_common: 'This password is too common; choose another',
  contains_username: 'The password must not contain the user name',
} as const;
