import { describe, expect, it } from 'vitest';
import {
  accountLockoutPolicy,
  addressLockoutPolicy,
  admitAttempt,
  checkPassword,
  defaultSessionPolicy,
  pendingLoginEnds,
  sessionState,
  windowCutoff,
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

describe('admitAttempt', () => {
  const t0 = new Date('2026-11-24T03:00:00Z');
  const sec = (s: number) => new Date(t0.getTime() + s * 1000);
  // [attempts counted (this one included), seconds since the one before, expected]
  const table: [number, number | null, number | 'admitted'][] = [
    [1, null, 'admitted'],
    [5, 0, 'admitted'],
    // the sixth still comes free: the wait starts after the sixth failure
    [6, 0, 'admitted'],
    // a burst: the seventh at the same moment waits; it counted, so the eighth waits a minute
    [7, 0, 60],
    [7, 29, 60],
    [7, 30, 'admitted'],
    [8, 59, 120],
    [8, 60, 'admitted'],
    [9, 120, 'admitted'],
    [20, 899, 15 * 60],
    [20, 900, 'admitted'],
  ];
  it.each(table)('attempt %i, %s s after the one before: %s', (attempts, since, expected) => {
    const counted = {
      attempts,
      windowStart: t0,
      previousAttemptAt: since === null ? null : t0,
    };
    const at = sec(since ?? 0);
    expect(admitAttempt(counted, at, accountLockoutPolicy)).toEqual(
      expected === 'admitted'
        ? { admitted: true }
        : { admitted: false, retryAfterSeconds: expected },
    );
  });

  it('refuses the 101st attempt of the hour however long the pause, until the hour is over', () => {
    const counted = { attempts: 101, windowStart: t0, previousAttemptAt: sec(60) };
    expect(admitAttempt(counted, sec(30 * 60), accountLockoutPolicy)).toEqual({
      admitted: false,
      retryAfterSeconds: 30 * 60,
    });
  });

  it('never asks to wait past the end of the window, when the count starts again', () => {
    const counted = { attempts: 30, windowStart: t0, previousAttemptAt: sec(3590) };
    expect(admitAttempt(counted, sec(3595), accountLockoutPolicy)).toEqual({
      admitted: false,
      retryAfterSeconds: 5,
    });
  });

  it('gives a shared address more free attempts than an account', () => {
    const counted = { attempts: 31, windowStart: t0, previousAttemptAt: t0 };
    expect(admitAttempt(counted, t0, addressLockoutPolicy)).toEqual({ admitted: true });
    expect(admitAttempt({ ...counted, attempts: 32 }, t0, addressLockoutPolicy)).toEqual({
      admitted: false,
      retryAfterSeconds: 60,
    });
  });

  it('closes a window an hour after it started', () => {
    expect(windowCutoff(sec(3600), accountLockoutPolicy)).toEqual(t0);
  });
});

describe('pendingLoginEnds', () => {
  it.each([
    [1, false],
    [4, false],
    [5, true],
    [6, true],
  ])('after %i wrong codes: %s', (wrong, ends) => {
    expect(pendingLoginEnds(wrong)).toBe(ends);
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
