import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { withDemoCentre } from '../../../test/auth.ts';
import { startFakeProvider, type FakeProvider } from '../../../test/fake-oidc-provider.ts';

let t: TestApp;
let provider: FakeProvider;
const redirectUrl = 'http://havn.test/api/auth/oidc/callback';

beforeAll(async () => {
  provider = await startFakeProvider('havn');
  t = await testApp({
    env: {
      HAVN_OIDC_ISSUER: provider.issuer,
      HAVN_OIDC_CLIENT_ID: 'havn',
      HAVN_OIDC_REDIRECT_URL: redirectUrl,
      HAVN_OIDC_LABEL: 'Bergen kommune',
    },
  });
  await withDemoCentre(t);
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

/** Runs the browser's part of the round trip: start, log in at the provider, come back. */
async function roundTrip(username: string, tamper?: (callback: URL) => void) {
  const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc' });
  expect(start.statusCode).toBe(302);
  const location = String(start.headers.location);
  expect(location).toMatch(/code_challenge_method=S256/);
  const tripCookie = String(start.headers['set-cookie']).split(';')[0]!;
  const callback = new URL(provider.authorize(location, username));
  tamper?.(callback);
  return t.app.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: { cookie: tripCookie },
  });
}

describe('login through the identity provider', () => {
  it('is offered with its label', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/providers' });
    expect(res.json()).toEqual({ oidc: { label: 'Bergen kommune', startUrl: '/api/auth/oidc' } });
  });

  it("replaces the password, and Havn's own second factor still follows", async () => {
    const back = await roundTrip('koordinator');
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toBe('/login');
    const cookie = String(back.headers['set-cookie']).match(/havn_session=[^;]+/)![0];
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ state: 'second_factor', enrolled: true });
  });

  it('refuses a user the provider knows but Havn does not, without saying so in the URL', async () => {
    const back = await roundTrip('someone.else');
    expect(back.headers.location).toBe('/login?feil=idp');
    expect(String(back.headers['set-cookie'] ?? '')).not.toMatch(/havn_session=[^;]/);
  });

  it('refuses a callback whose state was tampered with', async () => {
    const back = await roundTrip('koordinator', (url) => url.searchParams.set('state', 'forged'));
    expect(back.headers.location).toBe('/login?feil=idp');
  });
});
