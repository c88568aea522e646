import { sql } from 'kysely';
import {
  accountLockoutPolicy,
  addressLockoutPolicy,
  admitAttempt,
  windowCutoff,
  type LockoutPolicy,
} from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import { sha256 } from '../../platform/crypto/tokens.ts';
import { AppError } from '../../platform/http/errors.ts';
import { metrics } from '../../platform/metrics/metrics.ts';

/** One counter an attempt counts against, and the rule it is judged by. */
export interface AttemptKey {
  key: string;
  policy: LockoutPolicy;
}

const addressKey = (prefix: string, ip: string): AttemptKey => ({
  key: `${prefix}:${sha256(ip)}`,
  policy: addressLockoutPolicy,
});

/** A password: against the account name as typed (whether or not it exists) and the address. */
export const passwordKeys = (username: string, ip: string): [AttemptKey, AttemptKey] => [
  { key: `account:${sha256(username.trim().toLowerCase())}`, policy: accountLockoutPolicy },
  addressKey('address', ip),
];

/**
 * A second-factor code (TOTP, recovery or enrolment code): against the account and the address,
 * on keys of their own — a correct password must not reset what wrong codes have counted.
 */
export const secondFactorKeys = (userId: string, ip: string): [AttemptKey, AttemptKey] => [
  { key: `factor:${sha256(userId)}`, policy: accountLockoutPolicy },
  addressKey('factor-address', ip),
];

const tooMany = (seconds: number) => {
  // Whole minutes, so that the wait tells nothing about the count behind it.
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    'too_many_requests',
    `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    undefined,
    minutes * 60,
  );
};

/** Counts the attempt on one key in one statement and returns the count it got. */
async function count(db: Db | Tx, { key, policy }: AttemptKey, now: Date) {
  const at = now.toISOString();
  const cutoff = windowCutoff(now, policy).toISOString();
  const open = sql<boolean>`login_attempts.window_start > ${cutoff}`;
  const row = await db
    .insertInto('login_attempts')
    .values({ key, failures: 1, window_start: at, last_attempt_at: at, previous_attempt_at: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${open} then login_attempts.failures + 1 else 1 end`,
        window_start: sql<string>`case when ${open} then login_attempts.window_start else ${at} end`,
        // The right-hand side reads the row as it was: the attempt before this one.
        previous_attempt_at: sql<string | null>`login_attempts.last_attempt_at`,
        last_attempt_at: at,
      }),
    )
    .returning(['failures', 'window_start', 'previous_attempt_at'])
    .executeTakeFirstOrThrow();
  return admitAttempt(
    {
      attempts: Number(row.failures),
      windowStart: new Date(row.window_start ?? at),
      previousAttemptAt: row.previous_attempt_at ? new Date(row.previous_attempt_at) : null,
    },
    now,
    policy,
  );
}

/**
 * Counts an attempt against every key before it is checked, and refuses it (429) while any key
 * must wait — with the same words whether or not the account exists. The count stands whatever
 * the check then says; only a completed login gives it back.
 */
export async function countAttempt(
  db: Db | Tx,
  keys: readonly AttemptKey[],
  now: Date,
): Promise<void> {
  let wait = 0;
  for (const key of keys) {
    const admission = await count(db, key, now);
    if (admission.admitted) continue;
    wait = Math.max(wait, admission.retryAfterSeconds);
    // The key's kind (account, address, …) before the hash: never whose.
    metrics.lockout(key.key.slice(0, key.key.indexOf(':')));
  }
  if (wait > 0) throw tooMany(wait);
}

/**
 * A completed login (both factors) clears the account's counters and gives the address back the
 * attempts this login made, so a centre's staff behind one address do not use up its allowance.
 */
export async function forgiveAttempts(
  tx: Tx,
  input: { username: string; userId: string; ip: string },
): Promise<void> {
  const [account, address] = passwordKeys(input.username, input.ip);
  const [factor, factorAddress] = secondFactorKeys(input.userId, input.ip);
  await tx.deleteFrom('login_attempts').where('key', 'in', [account.key, factor.key]).execute();
  await tx
    .updateTable('login_attempts')
    .set({ failures: sql`case when failures > 0 then failures - 1 else 0 end` })
    .where('key', 'in', [address.key, factorAddress.key])
    .execute();
}

/**
 * Caps Argon2 checks running at once per key, in this process: the count above bounds how many
 * guesses are checked, this bounds how much memory and CPU a burst can take meanwhile.
 */
export class ChecksInFlight {
  private readonly running = new Map<string, number>();
  constructor(
    private readonly limits: { account: number; address: number } = { account: 2, address: 8 },
  ) {}

  /** Runs `check` unless the account's or the address's key is at its limit, which answers 429. */
  async run<T>(
    [account, address]: readonly [AttemptKey, AttemptKey],
    check: () => Promise<T>,
  ): Promise<T> {
    const held = [
      [account.key, this.limits.account],
      [address.key, this.limits.address],
    ] as const;
    if (held.some(([key, limit]) => (this.running.get(key) ?? 0) >= limit)) {
      throw new AppError(
        'too_many_requests',
        'Too many attempts at once. Try again in a moment.',
        undefined,
        1,
      );
    }
    for (const [key] of held) this.running.set(key, (this.running.get(key) ?? 0) + 1);
    try {
      return await check();
    } finally {
      for (const [key] of held) {
        const left = (this.running.get(key) ?? 1) - 1;
        if (left === 0) this.running.delete(key);
        else this.running.set(key, left);
      }
    }
  }
}
