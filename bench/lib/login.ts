// The bench logs in like a person would, with the published demo account (demo mode only).
import { demoPassword, demoTotpSecret } from '../../packages/server/src/demo/demo-staff.ts';
import { totpCode } from '../../packages/server/src/platform/auth/totp.ts';

interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  json(): unknown;
}
interface Injector {
  inject(request: {
    method: 'GET' | 'POST';
    url: string;
    headers?: Record<string, string>;
    payload?: object;
  }): Promise<Answer>;
}

const cookieOf = (answer: Answer): string => {
  const raw = answer.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : [String(raw)];
  const found = all.find((c) => /^(__Host-)?havn_session=/.test(c));
  if (!found) throw new Error('no session cookie');
  return found.split(';')[0]!;
};

/** Logs a demo user in through the API (password, then TOTP); returns the cookie header. */
export async function loginDemo(app: Injector, username: string): Promise<Record<string, string>> {
  const first = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: demoPassword },
  });
  if (first.statusCode !== 200) throw new Error(`login: ${first.statusCode}`);
  const pending = cookieOf(first);
  const me = (
    await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: pending } })
  ).json() as {
    csrfToken: string;
  };
  const second = await app.inject({
    method: 'POST',
    url: '/api/auth/second-factor',
    headers: { cookie: pending, 'x-csrf-token': me.csrfToken },
    payload: { code: totpCode(demoTotpSecret, new Date()) },
  });
  if (second.statusCode !== 204) throw new Error(`second factor: ${second.statusCode}`);
  return { cookie: cookieOf(second) };
}
