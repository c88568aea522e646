import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { demoTotpSecret } from '../src/demo/demo-staff.ts';
import { totpCode } from '../src/platform/auth/totp.ts';
import type { TestApp } from './app.ts';

/** The login's steps one by one, from a chosen address, for tests of what each step refuses. */
export function loginSteps(t: TestApp) {
  const cookieOf = (res: LightMyRequestResponse) =>
    String(res.headers['set-cookie']).split(';')[0]!;
  const me = (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  const password = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  /** A login past its password step: the cookie and CSRF token of the pending session. */
  async function pending(username: string, pw: string, ip = '10.0.0.1') {
    const res = await password(username, pw, ip);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = cookieOf(res);
    const csrf = (await me(cookie)).json().csrfToken as string;
    return { cookie, csrf, ip };
  }
  type Pending = Awaited<ReturnType<typeof pending>>;

  const post = (login: Pending, url: string, payload?: object) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: login.cookie, 'x-csrf-token': login.csrf },
      payload,
      remoteAddress: login.ip,
    });
  const secondFactor = (login: Pending, proof: { code: string } | { recoveryCode: string }) =>
    post(login, '/api/auth/second-factor', proof);

  /** A code the authenticator app does not show now (nor a step either side). */
  function wrongCode(secret = demoTotpSecret): string {
    const now = t.clock.now().getTime();
    const valid = [-30_000, 0, 30_000].map((d) => totpCode(secret, new Date(now + d)));
    let n = 0;
    while (valid.includes(String(n).padStart(6, '0'))) n += 1;
    return String(n).padStart(6, '0');
  }
  const rightCode = (secret = demoTotpSecret) => totpCode(secret, t.clock.now());

  return { me, password, pending, post, secondFactor, wrongCode, rightCode, cookieOf };
}
