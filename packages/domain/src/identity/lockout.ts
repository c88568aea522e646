/**
 * Brute-force protection for one key — an account name (whether or not it exists, so the answer
 * never reveals that), a client address, or an account's second factor. Every attempt is counted
 * before it is checked, in one statement, and the decision is made from that count: parallel
 * attempts each get their own number, so a burst cannot slip past a lock that a slow check (Argon2)
 * has not yet recorded. After a few free attempts each further attempt must wait a doubling time
 * after the one before it, capped; a hard limit per hour stays within ASVS's 100 per account.
 * An attempt refused while waiting counts too: hammering only keeps the key locked.
 */
export interface LockoutPolicy {
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
  maxAttemptsPerWindow: number;
}

export const accountLockoutPolicy: LockoutPolicy = {
  freeAttempts: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
  maxAttemptsPerWindow: 100,
};

/** Many staff share a centre's address (NAT), so the address limit is looser than the account's. */
export const addressLockoutPolicy: LockoutPolicy = {
  freeAttempts: 30,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
  maxAttemptsPerWindow: 300,
};

/** A key's count as the database returns it, this attempt included. */
export interface CountedAttempt {
  /** Attempts in the current window, this one included. */
  attempts: number;
  windowStart: Date;
  /** When the attempt before this one was made; null for the first. */
  previousAttemptAt: Date | null;
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/** A window that started at or before this instant has closed: the count starts again at 1. */
export const windowCutoff = (now: Date, policy: LockoutPolicy): Date =>
  new Date(now.getTime() - policy.windowMs);

/** How long the attempt after the `made`-th must wait after it. */
function delayAfter(made: number, policy: LockoutPolicy): number {
  if (made <= policy.freeAttempts) return 0;
  return Math.min(policy.firstDelayMs * 2 ** (made - policy.freeAttempts - 1), policy.maxDelayMs);
}

/** Whether a counted attempt may be checked; if not, how long until the next one may. */
export function admitAttempt(counted: CountedAttempt, now: Date, policy: LockoutPolicy): Admission {
  const n = counted.attempts;
  const untilWindowEnds = counted.windowStart.getTime() + policy.windowMs - now.getTime();
  const waited =
    counted.previousAttemptAt === null
      ? Infinity
      : now.getTime() - counted.previousAttemptAt.getTime();
  if (n <= policy.maxAttemptsPerWindow && waited >= delayAfter(n - 1, policy)) {
    return { admitted: true };
  }
  const nextWait = n + 1 > policy.maxAttemptsPerWindow ? untilWindowEnds : delayAfter(n, policy);
  return {
    admitted: false,
    retryAfterSeconds: Math.max(1, Math.ceil(Math.min(nextWait, untilWindowEnds) / 1000)),
  };
}

/**
 * A login waiting for its second factor ends after this many wrong codes: the person starts again
 * with the password, which is counted on its own key.
 */
export const wrongCodesPerPendingLogin = 5;

export const pendingLoginEnds = (wrongCodes: number): boolean =>
  wrongCodes >= wrongCodesPerPendingLogin;
