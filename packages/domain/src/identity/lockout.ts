/**
 * Brute-force protection for one key — an account name (whether or not it exists, so the answer
 * never reveals that) or a client address. After a few free failures each further failure locks
 * the key for a doubling time, capped; a hard limit per hour stays within ASVS's 100 per account.
 */
export interface LockoutPolicy {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
  maxFailuresPerWindow: number;
}

export const accountLockoutPolicy: LockoutPolicy = {
  freeFailures: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
  maxFailuresPerWindow: 100,
};

/** Many staff share a centre's address (NAT), so the address limit is looser than the account's. */
export const addressLockoutPolicy: LockoutPolicy = {
  freeFailures: 30,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
  maxFailuresPerWindow: 300,
};

export interface AttemptState {
  failures: number;
  windowStart: Date | null;
  lockedUntil: Date | null;
}

export const noAttempts: AttemptState = { failures: 0, windowStart: null, lockedUntil: null };

/** Seconds until the key may try again; 0 when it may try now. */
export function retryAfterSeconds(state: AttemptState, now: Date): number {
  if (!state.lockedUntil || state.lockedUntil.getTime() <= now.getTime()) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
}

export function registerFailure(
  state: AttemptState,
  now: Date,
  policy: LockoutPolicy,
): AttemptState {
  const windowOpen =
    state.windowStart !== null && now.getTime() - state.windowStart.getTime() < policy.windowMs;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStart = windowOpen ? state.windowStart : now;
  let lockedUntil: Date | null = null;
  if (failures >= policy.maxFailuresPerWindow) {
    lockedUntil = new Date(windowStart!.getTime() + policy.windowMs);
  } else if (failures > policy.freeFailures) {
    const delay = Math.min(
      policy.firstDelayMs * 2 ** (failures - policy.freeFailures - 1),
      policy.maxDelayMs,
    );
    lockedUntil = new Date(now.getTime() + delay);
  }
  return { failures, windowStart, lockedUntil };
}
