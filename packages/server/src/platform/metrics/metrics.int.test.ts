import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { demoUser, loginAs, withDemoCentre } from '../../../test/auth.ts';
import { staffId } from '../../modules/intake/test-support.ts';
import {
  markerPattern,
  seedOtherCentre,
  syntheticNationalId,
  writer,
} from '../access/marker-test-support.ts';
import { newId } from '../ids.ts';

/**
 * /api/metrics as a Prometheus scraper reads it. The registry is the process's, shared by every
 * app a test worker builds, so each test compares the counts before and after what it does.
 */

const token = 'metrics-token-for-tests-only-0123456789';
const scraperRange = '10.9.0.0/16';
const bearer = { authorization: `Bearer ${token}` };

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ env: { HAVN_METRICS_TOKEN: token, HAVN_METRICS_ALLOW: scraperRange } });
  await withDemoCentre(t);
}, 60_000);
afterAll(async () => t?.close());

async function scrape(app: TestApp = t): Promise<string> {
  const res = await app.app.inject({ method: 'GET', url: '/api/metrics', headers: bearer });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.body;
}

/** The sum of every sample of `name` whose labels include `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/i.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) sum += Number(match[3]);
  }
  return sum;
}

/** How much each sample grew while `work` ran. */
async function growth(
  work: () => Promise<unknown>,
  ...samples: [string, Record<string, string>?][]
): Promise<number[]> {
  const before = await scrape();
  await work();
  const after = await scrape();
  return samples.map(
    ([name, labels]) => sample(after, name, labels) - sample(before, name, labels),
  );
}

const notFoundBody = '{"error":{"code":"not_found","message":"No such endpoint"}}';

describe('metrics', () => {
  it('counts requests and times them per route template, never per URL sent', async () => {
    const ids = [newId(), newId()];
    const [health, people, unmatched, timed] = await growth(
      async () => {
        for (let i = 0; i < 3; i++) await t.app.inject({ method: 'GET', url: '/api/health' });
        for (const id of ids) await t.app.inject({ method: 'GET', url: `/api/people/${id}` });
        await t.app.inject({ method: 'GET', url: `/api/no-such/${ids[0]}` });
      },
      ['havn_http_requests_total', { method: 'GET', route: '/api/health', status: '200' }],
      ['havn_http_requests_total', { method: 'GET', route: '/api/people/:id', status: '401' }],
      ['havn_http_requests_total', { route: 'unmatched', status: '404' }],
      ['havn_http_request_duration_seconds_count', { method: 'GET', route: '/api/people/:id' }],
    );
    expect([health, people, unmatched, timed]).toEqual([3, 2, 1, 2]);
    const text = await scrape();
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).not.toContain('/api/no-such');
  });

  it('counts a failed login and a lockout by step and counter, naming nobody', async () => {
    const username = demoUser('coordinator');
    const wrong = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'not the password at all' },
      });
    const [failures] = await growth(
      async () => expect((await wrong()).statusCode).toBe(401),
      ['havn_login_failures_total', { step: 'password' }],
    );
    expect(failures).toBe(1);

    // The clock stands still: after the account's free attempts the next one must wait.
    const [lockouts] = await growth(async () => {
      let status = 401;
      for (let i = 0; i < 10 && status === 401; i++) status = (await wrong()).statusCode;
      expect(status).toBe(429);
    }, ['havn_login_lockouts_total', { counter: 'account' }]);
    expect(lockouts).toBe(1);
    expect(await scrape()).not.toContain(username);
  });

  it('shows the database and the process: connection waits, the pool, memory', async () => {
    const text = await scrape();
    expect(
      sample(text, 'havn_db_connection_wait_seconds_count', { engine: t.database.engine }),
    ).toBeGreaterThan(0);
    if (t.database.engine === 'postgres')
      expect(text).toMatch(/^havn_db_pool_connections\{state="total"\} [1-9]/m);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('holds no marker, id, user name or national id after a centre full of them is read', async () => {
    const trondheim = await withDemoCentre(t, 'trondheim');
    const leader = await loginAs(t, 'unit_leader', 'trondheim');
    const markers = await seedOtherCentre(t, leader, await staffId(t, 'unit_leader', 'trondheim'));
    expect(markers.size).toBeGreaterThan(0);
    // A list read files an entry per record it shows, in one batch.
    const write = writer(t, leader);
    for (const channel of ['phone', 'walk_in'])
      await write('POST', '/api/contacts', {
        openedAt: t.clock.now().toISOString(),
        channel,
        contactBy: 'person_at_risk',
        topics: ['physical'],
        urgency: 'low',
        actions: ['advice'],
      });
    const [entries, batches] = await growth(
      async () => {
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/contacts',
          headers: leader.headers,
        });
        expect((res.json() as { items: unknown[] }).items).toHaveLength(3);
      },
      ['havn_audit_append_batch_entries_sum'],
      ['havn_audit_append_batch_entries_count'],
    );
    expect([entries, batches]).toEqual([3, 1]);

    const text = await scrape();
    expect(text.match(markerPattern)).toBeNull();
    expect(text).not.toContain(syntheticNationalId);
    const db = t.database.db;
    const staff = await db.selectFrom('staff_users').select(['id', 'username']).execute();
    const persons = await db.selectFrom('persons').select('id').execute();
    const named = [
      trondheim,
      ...staff.flatMap((s) => [s.id, s.username]),
      ...persons.map((p) => p.id),
    ];
    expect(named.filter((value) => text.includes(value))).toEqual([]);
  });

  it('answers 404, as for no route, without the token or from outside the range', async () => {
    const ask = (headers: Record<string, string>, remoteAddress = '203.0.113.7') =>
      t.app.inject({ method: 'GET', url: '/api/metrics', headers, remoteAddress });
    for (const refused of [
      await ask({}),
      await ask({ authorization: `Bearer ${token}x` }),
      await ask({ authorization: token }),
      await ask({ authorization: `Basic ${Buffer.from(`x:${token}`).toString('base64')}` }),
      await ask({}, '10.10.0.1'),
      // Without a trusted proxy, a forwarded address is not believed.
      await ask({ 'x-forwarded-for': '10.9.1.2' }),
    ]) {
      expect(refused.statusCode).toBe(404);
      expect(refused.body).toBe(notFoundBody);
    }
    expect((await ask({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    expect((await ask({}, '10.9.200.1')).statusCode).toBe(200);
    // A session is no key to it either: the unit leader gets the same 404.
    const leader = await loginAs(t, 'unit_leader');
    expect((await ask(leader.headers)).statusCode).toBe(404);
  });

  it('believes the client address a trusted proxy forwards, and only that', async () => {
    const behind = await testApp({
      env: { HAVN_METRICS_ALLOW: scraperRange, HAVN_TRUST_PROXY: '127.0.0.1' },
    });
    try {
      const ask = (forwardedFor: string, remoteAddress = '127.0.0.1') =>
        behind.app.inject({
          method: 'GET',
          url: '/api/metrics',
          headers: { 'x-forwarded-for': forwardedFor },
          remoteAddress,
        });
      expect((await ask('10.9.1.2')).statusCode).toBe(200);
      expect((await ask('203.0.113.7')).statusCode).toBe(404);
      // The client names a scraper's address, but the proxy adds the one it really came from.
      expect((await ask('10.9.1.2, 203.0.113.7')).statusCode).toBe(404);
      // Not from the proxy: the header is the caller's own word.
      expect((await ask('10.9.1.2', '203.0.113.8')).statusCode).toBe(404);
    } finally {
      await behind.close();
    }
  });
});
