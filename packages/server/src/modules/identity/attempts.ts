import {
  accountLockoutPolicy,
  addressLockoutPolicy,
  noAttempts,
  registerFailure,
  retryAfterSeconds,
  type AttemptState,
  type LockoutPolicy,
} from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import { sha256 } from '../../platform/crypto/tokens.ts';
import { AppError } from '../../platform/http/errors.ts';

/** The keys one login attempt counts against: the account name as typed, and the client address. */
export function attemptKeys(username: string, ip: string): { account: string; address: string } {
  return {
    account: `account:${sha256(username.trim().toLowerCase())}`,
    address: `address:${sha256(ip)}`,
  };
}

async function load(db: Db | Tx, key: string): Promise<AttemptState> {
  const row = await db
    .selectFrom('login_attempts')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return noAttempts;
  return {
    failures: row.failures,
    windowStart: row.window_start ? new Date(row.window_start) : null,
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

/**
 * Refuses while either key is locked, with the same words whether or not the account exists.
 * The wait is rounded up to whole minutes so that it tells nothing about the count behind it.
 */
export async function assertNotLocked(db: Db, keys: readonly string[], now: Date): Promise<void> {
  const states = await Promise.all(keys.map((key) => load(db, key)));
  const wait = Math.max(0, ...states.map((state) => retryAfterSeconds(state, now)));
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new AppError(
      'too_many_requests',
      `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      undefined,
      minutes * 60,
    );
  }
}

async function save(tx: Tx, key: string, state: AttemptState): Promise<void> {
  const values = {
    failures: state.failures,
    window_start: state.windowStart?.toISOString() ?? null,
    locked_until: state.lockedUntil?.toISOString() ?? null,
  };
  await tx
    .insertInto('login_attempts')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

export async function recordFailure(
  tx: Tx,
  keys: { account: string; address?: string },
  now: Date,
): Promise<void> {
  const pairs: [string, LockoutPolicy][] = [[keys.account, accountLockoutPolicy]];
  if (keys.address) pairs.push([keys.address, addressLockoutPolicy]);
  for (const [key, policy] of pairs)
    await save(tx, key, registerFailure(await load(tx, key), now, policy));
}

export async function clearFailures(tx: Tx, accountKey: string): Promise<void> {
  await tx.deleteFrom('login_attempts').where('key', '=', accountKey).execute();
}
