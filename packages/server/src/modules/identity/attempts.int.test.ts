import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { demoUser, loginAs, withDemoCentre } from '../../../test/auth.ts';
import { loginSteps } from '../../../test/login-steps.ts';
import { demoAccounts, demoPassword } from '../../demo/demo-staff.ts';

/** Issue 12, findings 3 and 5: each factor has its own counter, counted before the check. */
let t: TestApp;
let steps: ReturnType<typeof loginSteps>;
beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t);
  await t.app.ready();
  steps = loginSteps(t);
});
afterEach(async () => t.close());

const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode);
const howMany = (list: number[], status: number) => list.filter((s) => s === status).length;

describe('the second factor', () => {
  it('keeps counting wrong codes across logins: a right password does not reset them', async () => {
    const seen: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const login = await steps.pending('enhetsleder', demoPassword);
      for (let i = 0; i < 5; i += 1) {
        // Recovery codes are second-factor guesses too: the second round guesses those.
        const proof = round === 1 ? { recoveryCode: 'aaaaa-bbbbb' } : { code: steps.wrongCode() };
        const res = await steps.secondFactor(login, proof);
        seen.push(res.statusCode);
        if (res.statusCode === 429) break;
      }
    }
    // Five in the first login, one more in the second; then the account waits, whatever the password did.
    expect(seen).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    const login = await steps.pending('enhetsleder', demoPassword);
    const right = await steps.secondFactor(login, { code: steps.rightCode() });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toMatch(/^Too many failed attempts/);
  });

  it('ends a pending login after five wrong codes: the password is needed again', async () => {
    const login = await steps.pending('koordinator', demoPassword);
    for (let i = 0; i < 4; i += 1) {
      const res = await steps.secondFactor(login, { code: steps.wrongCode() });
      expect(res.json().error.message).toBe('The code was not accepted');
    }
    const fifth = await steps.secondFactor(login, { code: steps.wrongCode() });
    expect(fifth.statusCode).toBe(401);
    expect(fifth.json().error.message).toBe(
      'Too many wrong codes. Log in again with your password.',
    );
    expect((await steps.me(login.cookie)).json()).toEqual({ state: 'anonymous' });
    const right = await steps.secondFactor(login, { code: steps.rightCode() });
    expect(right.statusCode).toBe(401);
    expect((await steps.me(login.cookie)).json()).toEqual({ state: 'anonymous' });
  });

  it('lets no more than five codes of one pending login be checked, however many come at once', async () => {
    const login = await steps.pending('nattevakt', demoPassword);
    const burst = statuses(
      await Promise.all(
        Array.from({ length: 20 }, () => steps.secondFactor(login, { code: steps.wrongCode() })),
      ),
    );
    expect(howMany(burst, 401)).toBe(20);
    const checked = await t.database.db
      .selectFrom('audit_entries')
      .select('id')
      .where('action', '=', 'auth.second_factor')
      .where('outcome', '=', 'failed')
      .execute();
    expect(checked.length).toBe(5);
  });

  it('counts wrong codes per address too, across accounts', async () => {
    const ip = '10.9.9.9';
    const seen: number[] = [];
    for (const { username } of demoAccounts.slice(0, 7)) {
      const login = await steps.pending(username, demoPassword, ip);
      for (let i = 0; i < 5; i += 1) {
        const res = await steps.secondFactor(login, { code: steps.wrongCode() });
        seen.push(res.statusCode);
        if (res.statusCode === 429) break;
      }
    }
    // Thirty-one codes from one address are checked, whichever accounts they were for.
    expect(howMany(seen, 401)).toBe(31);
    expect(seen.at(-1)).toBe(429);
    const fresh = demoAccounts[7]!.username;
    const here = await steps.pending(fresh, demoPassword, ip);
    expect((await steps.secondFactor(here, { code: steps.rightCode() })).statusCode).toBe(429);
    const elsewhere = await steps.pending(fresh, demoPassword, '10.9.9.10');
    expect((await steps.secondFactor(elsewhere, { code: steps.rightCode() })).statusCode).toBe(204);
  });

  it('counts enrolment codes as second-factor guesses', async () => {
    const leader = await loginAs(t, 'unit_leader');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: leader.headers,
      payload: { username: 'ny.nattevakt', displayName: 'Ny Nattevakt', roles: ['night_watch'] },
    });
    const newPassword = 'en lang og god setning';
    const activated = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activate',
      payload: {
        username: 'ny.nattevakt',
        activationCode: created.json().activationCode,
        newPassword,
      },
    });
    expect(activated.statusCode, activated.body).toBe(204);
    const enrol = async () => {
      const login = await steps.pending('ny.nattevakt', newPassword);
      const started = await steps.post(login, '/api/auth/enrolment');
      return { login, secret: started.json().secret as string };
    };
    const seen: number[] = [];
    for (let round = 0; round < 2; round += 1) {
      const { login, secret } = await enrol();
      for (let i = 0; i < 5; i += 1) {
        const res = await steps.post(login, '/api/auth/enrolment/confirm', {
          code: steps.wrongCode(secret),
        });
        seen.push(res.statusCode);
        if (res.statusCode === 429) break;
      }
    }
    expect(seen).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const { login, secret } = await enrol();
    const right = await steps.post(login, '/api/auth/enrolment/confirm', {
      code: steps.rightCode(secret),
    });
    expect(right.statusCode).toBe(429);
  });

  it('tells the person at the next login how many attempts failed since when, until seen', async () => {
    const failedAt = t.clock.now().toISOString();
    await steps.password('barnekoordinator', 'not the password');
    const first = await steps.pending('barnekoordinator', demoPassword);
    await steps.secondFactor(first, { code: steps.wrongCode() });
    await steps.secondFactor(first, { recoveryCode: 'aaaaa-bbbbb' });

    t.clock.advance(60_000);
    const login = await steps.pending('barnekoordinator', demoPassword, '10.0.0.2');
    const done = await steps.secondFactor(login, { code: steps.rightCode() });
    expect(done.statusCode, done.body).toBe(204);
    const cookie = steps.cookieOf(done);
    const body = (await steps.me(cookie)).json();
    expect(body.failedAttempts).toEqual({ count: 3, since: failedAt });

    const seen = await t.app.inject({
      method: 'POST',
      url: '/api/auth/failed-attempts/seen',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
    });
    expect(seen.statusCode).toBe(204);
    expect((await steps.me(cookie)).json().failedAttempts).toBeNull();
    // The next login starts from none.
    const again = await loginAs(t, 'children_coordinator');
    expect((await steps.me(again.cookie)).json().failedAttempts).toBeNull();
  });
});

describe('the password under concurrency', () => {
  it('checks at most six of 40 parallel wrong passwords, and then refuses the right one', async () => {
    const burst = statuses(
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => steps.password('enhetsleder', 'wrong', `10.0.3.${i}`)),
      ),
    );
    expect(howMany(burst, 401)).toBeGreaterThan(0);
    expect(howMany(burst, 401)).toBeLessThanOrEqual(6);
    expect(howMany(burst, 429)).toBe(40 - howMany(burst, 401));
    expect((await steps.password('enhetsleder', demoPassword, '10.0.4.1')).statusCode).toBe(429);
  });

  it('does not let a right password inside a burst reset the count for the rest of it', async () => {
    const guesses = Array.from({ length: 41 }, (_, i) => (i === 20 ? demoPassword : `wrong ${i}`));
    const burst = statuses(
      await Promise.all(guesses.map((pw, i) => steps.password('koordinator', pw, `10.0.5.${i}`))),
    );
    expect(howMany(burst, 401) + howMany(burst, 200)).toBeLessThanOrEqual(6);
    expect((await steps.password('koordinator', demoPassword, '10.0.6.1')).statusCode).toBe(429);
  });

  it('counts one address across many names, and answers unknown and real names alike', async () => {
    const ip = '10.0.7.7';
    const burst = statuses(
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => steps.password(`nobody-${i}`, 'wrong', ip)),
      ),
    );
    expect(howMany(burst, 401)).toBeLessThanOrEqual(31);
    expect((await steps.password(demoUser('night_watch'), demoPassword, ip)).statusCode).toBe(429);
    expect(
      (await steps.password(demoUser('night_watch'), demoPassword, '10.0.7.8')).statusCode,
    ).toBe(200);
  });
});
