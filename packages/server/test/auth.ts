import type { Role } from '@havn/domain';
import { expect } from 'vitest';
import { demoAccounts, demoPassword, demoTotpSecret } from '../src/demo/demo-staff.ts';
import { loadDemoCentre } from '../src/demo/load-demo.ts';
import { totpCode } from '../src/platform/auth/totp.ts';
import type { TestApp } from './app.ts';

export interface Session {
  cookie: string;
  csrf: string;
  /** Headers for a request in this session; state-changing requests need the CSRF token. */
  headers: Record<string, string>;
}

const sessionCookie = (setCookie: string | string[] | undefined): string => {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find(
    (c) => c.startsWith('havn_session=') || c.startsWith('__Host-havn_session='),
  );
  expect(found, 'a session cookie').toBeDefined();
  return found!.split(';')[0]!;
};

/** Adds a demo centre (with one account per role) to the test database; returns its id. */
export const withDemoCentre = (t: TestApp, centre: 'bergen' | 'trondheim' | 'moss' = 'bergen') =>
  loadDemoCentre(t.ctx, centre);

export const demoUser = (role: Role, centre = 'bergen') => {
  const account = demoAccounts.find((a) => a.role === role)!;
  return centre === 'bergen' ? account.username : `${account.username}.${centre}`;
};

/** Logs in with password and TOTP like a person would. Moves the clock on 30 s, since a code is used once. */
export async function login(t: TestApp, username: string): Promise<Session> {
  t.clock.advance(30_000);
  const first = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: demoPassword },
  });
  expect(first.statusCode, first.body).toBe(200);
  const pending = sessionCookie(first.headers['set-cookie']);
  const me = await t.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: pending },
  });
  const second = await t.app.inject({
    method: 'POST',
    url: '/api/auth/second-factor',
    headers: { cookie: pending, 'x-csrf-token': me.json().csrfToken },
    payload: { code: totpCode(demoTotpSecret, t.clock.now()) },
  });
  expect(second.statusCode, second.body).toBe(204);
  const cookie = sessionCookie(second.headers['set-cookie']);
  const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  const csrf = after.json().csrfToken as string;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

export const loginAs = (t: TestApp, role: Role, centre = 'bergen') =>
  login(t, demoUser(role, centre));

/** Starts the session's shift: casework staff open people and stays only on shift. */
export const startShift = (t: TestApp, session: Session) =>
  t.app.inject({ method: 'POST', url: '/api/shifts/start', headers: session.headers });
