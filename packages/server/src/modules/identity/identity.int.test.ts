import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { demoUser, login, loginAs, withDemoCentre } from '../../../test/auth.ts';
import { demoPassword, demoTotpSecret } from '../../demo/demo-staff.ts';
import { totpCode } from '../../platform/auth/totp.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t);
  await t.app.ready();
});
afterEach(async () => t.close());

const me = (cookie?: string) =>
  t.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });
const passwordStep = (username: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
const cookieOf = (res: Awaited<ReturnType<typeof passwordStep>>) =>
  String(res.headers['set-cookie']).split(';')[0]!;

describe('login', () => {
  it('takes password and TOTP, and then knows who is logged in and what they may do', async () => {
    const session = await loginAs(t, 'unit_leader');
    const body = (await me(session.cookie)).json();
    expect(body.state).toBe('authenticated');
    expect(body.user).toMatchObject({
      username: 'enhetsleder',
      roles: ['unit_leader'],
      clearedForPersonalData: true,
    });
    expect(body.permissions).toContain('staff.list');
  });

  it('is not logged in after the password alone', async () => {
    const res = await passwordStep('enhetsleder', demoPassword);
    expect(res.json()).toEqual({ next: 'second_factor' });
    const cookie = cookieOf(res);
    expect((await me(cookie)).json()).toMatchObject({ state: 'second_factor', enrolled: true });
    const staff = await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie } });
    expect(staff.statusCode).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Strict cookie, ignoring X-Forwarded-Proto from an untrusted client', async () => {
    const plain = await passwordStep('enhetsleder', demoPassword);
    expect(String(plain.headers['set-cookie'])).toMatch(
      /^havn_session=.+HttpOnly.+SameSite=Strict/,
    );
    const spoofed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'koordinator', password: demoPassword },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(String(spoofed.headers['set-cookie'])).toMatch(/^havn_session=/);
  });

  it('sets a __Host- prefixed Secure cookie over TLS behind a trusted proxy', async () => {
    const proxied = await testApp({ env: { HAVN_TRUST_PROXY: '127.0.0.1' } });
    try {
      await withDemoCentre(proxied);
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'enhetsleder', password: demoPassword },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/^__Host-havn_session=.+Secure/);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await proxied.close();
    }
  });

  it('answers a wrong password and an unknown user with the same words', async () => {
    const wrong = await passwordStep('enhetsleder', 'not the password');
    const unknown = await passwordStep('nobody-here', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('lets five failures through, then backs off — the same for a real and an unknown account', async () => {
    for (const username of ['enhetsleder', 'nobody-here']) {
      for (let i = 0; i < 6; i += 1) {
        expect((await passwordStep(username, 'wrong', `10.0.1.${i}`)).statusCode).toBe(401);
      }
      const password = username === 'enhetsleder' ? demoPassword : 'wrong';
      const locked = await passwordStep(username, password, '10.0.2.1');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.message).toBe('Too many failed attempts. Try again in 1 minute.');
      expect(locked.headers['retry-after']).toBe('60');
    }
    // The refused attempt counted too, and the answer said a minute: a minute it is.
    t.clock.advance(61_000);
    expect((await passwordStep('enhetsleder', demoPassword, '10.0.2.1')).statusCode).toBe(200);
  });

  it('refuses a TOTP code used a second time', async () => {
    const first = await passwordStep('enhetsleder', demoPassword);
    const pending = cookieOf(first);
    const csrf = (await me(pending)).json().csrfToken;
    const code = totpCode(demoTotpSecret, t.clock.now());
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { cookie: pending, 'x-csrf-token': csrf },
      payload: { code },
    });
    expect(ok.statusCode).toBe(204);
    const again = await passwordStep('enhetsleder', demoPassword);
    const pending2 = cookieOf(again);
    const csrf2 = (await me(pending2)).json().csrfToken;
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { cookie: pending2, 'x-csrf-token': csrf2 },
      payload: { code },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('gives a new session token after the second factor', async () => {
    const first = await passwordStep('enhetsleder', demoPassword);
    const pending = cookieOf(first);
    const csrf = (await me(pending)).json().csrfToken;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { cookie: pending, 'x-csrf-token': csrf },
      payload: { code: totpCode(demoTotpSecret, t.clock.now()) },
    });
    expect(cookieOf(res)).not.toBe(pending);
    expect((await me(pending)).json()).toEqual({ state: 'anonymous' });
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes', async () => {
    const session = await loginAs(t, 'coordinator');
    t.clock.advance(29 * 60_000);
    expect((await me(session.cookie)).json().state).toBe('authenticated');
    t.clock.advance(30 * 60_000);
    expect((await me(session.cookie)).json()).toEqual({ state: 'anonymous' });
  });

  it('end after 12 hours however busy', async () => {
    const session = await loginAs(t, 'coordinator');
    for (let i = 0; i < 25; i += 1) {
      t.clock.advance(29 * 60_000);
      await me(session.cookie);
    }
    expect((await me(session.cookie)).json()).toEqual({ state: 'anonymous' });
  });

  it('end at logout, on the server', async () => {
    const session = await loginAs(t, 'coordinator');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(out.statusCode).toBe(204);
    expect((await me(session.cookie)).json()).toEqual({ state: 'anonymous' });
  });

  it('all end with "log out all my sessions"', async () => {
    const phone = await loginAs(t, 'coordinator');
    const desk = await loginAs(t, 'coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: desk.headers,
    });
    expect(res.statusCode).toBe(204);
    expect((await me(phone.cookie)).json()).toEqual({ state: 'anonymous' });
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the session token', async () => {
    const session = await loginAs(t, 'coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-all',
      headers: { cookie: session.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect((await me(session.cookie)).json().state).toBe('authenticated');
  });

  it('refuses a request from another origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'enhetsleder', password: demoPassword },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('recovery codes and enrolment', () => {
  it('enrols a new account by QR code and lets each recovery code be used once', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: (await loginAs(t, 'unit_leader')).headers,
      payload: {
        username: 'ny.koordinator',
        displayName: 'Ny Koordinator',
        roles: ['coordinator'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { activationCode } = created.json();
    const newPassword = 'en lang og god setning';
    const activated = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activate',
      payload: { username: 'ny.koordinator', activationCode, newPassword },
    });
    expect(activated.statusCode, activated.body).toBe(204);

    const first = await passwordStep('ny.koordinator', newPassword);
    expect(first.json()).toEqual({ next: 'enrol_second_factor' });
    const cookie = cookieOf(first);
    const csrf = (await me(cookie)).json().csrfToken;
    const enrolment = await t.app.inject({
      method: 'POST',
      url: '/api/auth/enrolment',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(enrolment.json().qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = enrolment.json().secret as string;
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/enrolment/confirm',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { code: totpCode(secret, t.clock.now()) },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const codes = confirmed.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);

    const useRecovery = async () => {
      const step = await passwordStep('ny.koordinator', newPassword);
      const c = cookieOf(step);
      const token = (await me(c)).json().csrfToken;
      return t.app.inject({
        method: 'POST',
        url: '/api/auth/second-factor',
        headers: { cookie: c, 'x-csrf-token': token },
        payload: { recoveryCode: codes[0] },
      });
    };
    expect((await useRecovery()).statusCode).toBe(204);
    expect((await useRecovery()).statusCode).toBe(401);
  });

  it('refuses a common password at activation, with the reason', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: (await loginAs(t, 'unit_leader')).headers,
      payload: { username: 'ny.nattevakt', displayName: 'Ny Nattevakt', roles: ['night_watch'] },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activate',
      payload: {
        username: 'ny.nattevakt',
        activationCode: created.json().activationCode,
        newPassword: 'Passord123',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.newPassword', code: 'too_common' }),
    ]);
  });
});

describe('audit of logins', () => {
  it('records successes and failures, and the chain still verifies', async () => {
    await passwordStep('enhetsleder', 'wrong');
    await login(t, demoUser('night_watch'));
    const rows = await t.database.db
      .selectFrom('audit_entries')
      .select(['action', 'outcome'])
      .where('verb', '=', 'login')
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { action: 'auth.password', outcome: 'failed' },
      { action: 'auth.password', outcome: 'success' },
      { action: 'auth.totp', outcome: 'success' },
    ]);
    expect((await verifyAuditChain(t.database.db, t.ctx.config.auditKey)).problem).toBeNull();
  });
});
