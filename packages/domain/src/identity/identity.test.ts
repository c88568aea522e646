import { describe, expect, it } from 'vitest';
import {
  accountLockoutPolicy,
  checkPassword,
  defaultSessionPolicy,
  noAttempts,
  registerFailure,
  retryAfterSeconds,
  sessionState,
  type AttemptState,
} from './index.ts';

const common = new Set(['password', 'passord', 'qwerty', 'sommer']);
const isCommon = (p: string) => common.has(p);

describe('checkPassword', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('grønne trær ved fjorden', { isCommon })).toEqual([]);
  });

  it('refuses fewer than 8 characters, counting æøå as one each', () => {
    expect(checkPassword('kort', { isCommon })).toEqual(['too_short']);
    expect(checkPassword('blåbærø', { isCommon })).toEqual(['too_short']);
    expect(checkPassword('blåbærøl', { isCommon })).toEqual([]);
  });

  it('allows up to 128 characters and refuses more', () => {
    expect(checkPassword('a1'.repeat(64), { isCommon })).toEqual([]);
    expect(checkPassword('a'.repeat(129), { isCommon })).toEqual(['too_long']);
  });

  it('refuses common passwords, also with a number or sign added at the end', () => {
    expect(checkPassword('Password', { isCommon })).toEqual(['too_common']);
    expect(checkPassword('Sommer2026!', { isCommon })).toEqual(['too_common']);
    expect(checkPassword('passord123', { isCommon })).toEqual(['too_common']);
  });

  it('refuses a password that contains the user name', () => {
    expect(checkPassword('kari.nordmann-er-best', { username: 'Kari.Nordmann', isCommon })).toEqual(
      ['contains_username'],
    );
  });
});

describe('lockout', () => {
  const t0 = new Date('2026-11-24T03:00:00Z');
  const fail = (times: number, start: AttemptState = noAttempts, at = t0) => {
    let state = start;
    for (let i = 0; i < times; i += 1) state = registerFailure(state, at, accountLockoutPolicy);
    return state;
  };

  it('lets the first five failures through without delay', () => {
    expect(retryAfterSeconds(fail(5), t0)).toBe(0);
  });

  it('backs off after that, doubling, capped at 15 minutes', () => {
    expect(retryAfterSeconds(fail(6), t0)).toBe(30);
    expect(retryAfterSeconds(fail(7), t0)).toBe(60);
    expect(retryAfterSeconds(fail(8), t0)).toBe(120);
    expect(retryAfterSeconds(fail(20), t0)).toBe(15 * 60);
  });

  it('locks for the rest of the hour at 100 failures', () => {
    const state = fail(100);
    expect(retryAfterSeconds(state, new Date(t0.getTime() + 30 * 60_000))).toBe(30 * 60);
  });

  it('starts a new window an hour after the first failure', () => {
    const later = new Date(t0.getTime() + 61 * 60_000);
    expect(registerFailure(fail(10), later, accountLockoutPolicy)).toEqual({
      failures: 1,
      windowStart: later,
      lockedUntil: null,
    });
  });
});

describe('sessionState', () => {
  const created = new Date('2026-11-24T18:00:00Z');
  const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);

  it('is active while used within 30 minutes', () => {
    expect(
      sessionState({ createdAt: created, lastSeenAt: at(100) }, at(129), defaultSessionPolicy),
    ).toBe('active');
  });

  it('expires after 30 idle minutes', () => {
    expect(
      sessionState({ createdAt: created, lastSeenAt: at(100) }, at(130), defaultSessionPolicy),
    ).toBe('idle_expired');
  });

  it('expires after 12 hours however busy', () => {
    expect(
      sessionState({ createdAt: created, lastSeenAt: at(719) }, at(720), defaultSessionPolicy),
    ).toBe('absolute_expired');
  });
});
