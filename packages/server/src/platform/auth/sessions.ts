import { sessionState, type Actor, type Role, type SessionPolicy } from '@havn/domain';
import type { Db, Tx } from '../db/database.ts';
import { newId } from '../ids.ts';
import { randomToken, sha256 } from '../crypto/tokens.ts';

/** Writes to last_seen_at at most this often: idle tracking need not cost a write per request. */
const touchIntervalMs = 60_000;

export interface SessionView {
  id: string;
  userId: string;
  csrfToken: string;
  mfaVerified: boolean;
}

export interface ResolvedSession {
  session: SessionView;
  /** Set only once both factors are done. */
  actor: Actor | null;
}

export async function createSession(
  tx: Tx,
  userId: string,
  now: Date,
  userAgent: string | undefined,
): Promise<{ token: string; session: SessionView }> {
  const token = randomToken();
  const id = newId();
  const csrfToken = randomToken();
  await tx
    .insertInto('sessions')
    .values({
      id,
      token_hash: sha256(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      mfa_verified_at: null,
      csrf_token: csrfToken,
      user_agent: userAgent?.slice(0, 200) ?? null,
    })
    .execute();
  return { token, session: { id, userId, csrfToken, mfaVerified: false } };
}

/** Failed passwords and codes on the account since its last login, to tell the person now. */
export interface FailedAttemptsNotice {
  failedAttempts: number | null;
  since: string | null;
}

/**
 * After the second factor: a new token (and CSRF token) replaces the one issued at the password
 * step, so a token seen before login is worth nothing after it.
 */
export async function completeSecondFactor(
  tx: Tx,
  sessionId: string,
  now: Date,
  notice: FailedAttemptsNotice,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  await tx
    .updateTable('sessions')
    .set({
      token_hash: sha256(token),
      csrf_token: csrfToken,
      mfa_verified_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      failed_attempts: notice.failedAttempts,
      failed_attempts_since: notice.since,
    })
    .where('id', '=', sessionId)
    .execute();
  return { token, csrfToken };
}

export async function endSession(db: Db | Tx, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function endAllSessions(db: Db | Tx, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Today's date in the centre's calendar, for "registered on or before today". */
const cleared = (date: string | null, today: string) => date !== null && date <= today;

/**
 * Finds the session a cookie token names and the actor behind it, or null when the token is
 * unknown, the session has expired (it is then deleted) or the user is no longer active. Roles
 * are read on every request, so a change takes effect at once.
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy,
  today: string,
): Promise<ResolvedSession | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('staff_users', 'staff_users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.mfa_verified_at',
      'staff_users.centre_id',
      'staff_users.active',
      'staff_users.police_certificate_date',
      'staff_users.confidentiality_declaration_date',
    ])
    .where('sessions.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return null;
  const state = sessionState(
    { createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at) },
    now,
    policy,
  );
  if (state !== 'active' || row.active !== 1) {
    await endSession(db, row.id);
    return null;
  }
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= touchIntervalMs) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  const session: SessionView = {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    mfaVerified: row.mfa_verified_at !== null,
  };
  if (!session.mfaVerified) return { session, actor: null };
  const roles = await db
    .selectFrom('staff_roles')
    .select('role')
    .where('user_id', '=', row.user_id)
    .execute();
  return {
    session,
    actor: {
      userId: row.user_id,
      centreId: row.centre_id,
      roles: roles.map((r) => r.role as Role),
      clearedForPersonalData:
        cleared(row.police_certificate_date, today) &&
        cleared(row.confidentiality_declaration_date, today),
    },
  };
}
