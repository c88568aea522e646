import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { withDemoCentre } from '../../../test/auth.ts';
import { passwordKeys } from '../../modules/identity/attempts.ts';

/**
 * Behind a TLS-terminating proxy at 10.0.0.5, as `HAVN_TRUST_PROXY` configures it: only that
 * proxy's X-Forwarded-* are believed. Anyone else reaching Havn (directly, or through another
 * hop) cannot choose the address the per-address login limit counts.
 */
const proxy = '10.0.0.5';
const client = '198.51.100.7';
const stranger = '203.0.113.9';

let t: TestApp;

beforeAll(async () => {
  t = await testApp({ env: { HAVN_TRUST_PROXY: `${proxy},fd00::/8` } });
  await withDemoCentre(t);
  // A probe route, added the way a module adds one, to read what the request says it came from.
  t.app.get('/api/test/peer', { config: { access: 'public' } }, async (request) => ({
    ip: request.ip,
    protocol: request.protocol,
  }));
  await t.app.ready();
});
afterAll(async () => t.close());

const peer = (remoteAddress: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/test/peer', remoteAddress, headers });

const failedLogin = (remoteAddress: string, forwardedFor: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'koordinator', password: 'not the password' },
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
  });

const countedAddresses = async () => {
  const rows = await t.database.db
    .selectFrom('login_attempts')
    .select('key')
    .where('key', 'like', 'address:%')
    .execute();
  return rows.map((row) => row.key).sort();
};

describe('a trusted proxy', () => {
  it('ignores X-Forwarded-* from a peer that is not the proxy', async () => {
    const res = await peer(stranger, {
      'x-forwarded-for': client,
      'x-forwarded-proto': 'https',
    });
    expect(res.json()).toEqual({ ip: stranger, protocol: 'http' });
  });

  it('takes the client address the proxy adds, not one the client forged before it', async () => {
    const res = await peer(proxy, {
      'x-forwarded-for': `6.6.6.6, ${client}`,
      'x-forwarded-proto': 'https',
    });
    expect(res.json()).toEqual({ ip: client, protocol: 'https' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect((await peer('fd00::1', { 'x-forwarded-for': client })).json().ip).toBe(client);
  });

  it('counts failed logins against the real peer, whatever X-Forwarded-For it forges', async () => {
    await t.database.db.deleteFrom('login_attempts').execute();
    for (const forged of ['192.0.2.1', '192.0.2.2', `${proxy}, 192.0.2.3`]) {
      expect((await failedLogin(stranger, forged)).statusCode).toBe(401);
    }
    expect((await failedLogin(proxy, `192.0.2.4, ${client}`)).statusCode).toBe(401);
    const expected = [stranger, client].map((ip) => passwordKeys('koordinator', ip)[1].key);
    expect(await countedAddresses()).toEqual(expected.sort());
  });
});
