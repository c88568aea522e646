import { errorCodes, type Role } from '@havn/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, startShift, withDemoCentre, type Session } from '../../../test/auth.ts';
import { fromSchema, garbage, text } from '../../../test/arbitraries.ts';
import { fillPath, readOperations, withQuery, type Operation } from '../../../test/openapi.ts';
import { nothingToChangeMessage } from './change-body.ts';
import { statusOf } from './errors.ts';

/**
 * Property-based requests from the OpenAPI document: for every route × method, requests built
 * from the route's own schemas (path, query, body) mixed with wholly malformed parts, sent as a
 * unit leader and as a coordinator on shift. Every answer must be below 500 — and since the zod
 * serializer checks each response against the route's schema and answers 500 when it does not
 * match, "no 5xx" includes "every declared response matched its schema". On top: a 2xx status
 * is one the route declares, and every 4xx is the error shape with its catalogue status.
 */

// Ending the session would leave the rest of the run anonymous (the matrix covers these routes).
const sessionEnders = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-all']);
const runsPerRoute = 8;
const seed = 20261124;

let t: TestApp;
let operations: Operation[];
/** Real ids of records in the database, so generated requests reach past "not found". */
let knownIds: string[];
const sessions: { role: Role; session: Session }[] = [];

/** Mostly what the schema asks for; one time in five, anything at all. */
const orMalformed = <T>(valid: fc.Arbitrary<T>, malformed: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: valid as fc.Arbitrary<unknown> }, malformed);

interface FuzzRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** A raw body with its content type, or none. */
  body: { contentType: string; payload: string } | null;
}

function requestsFor(op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = fc.record(
    Object.fromEntries(
      op.pathParams.map((p) => [
        p.name,
        orMalformed(fromSchema(p.schema, knownIds), garbage).map(String),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
  const declaredQuery = fc.record(
    Object.fromEntries(op.queryParams.map((p) => [p.name, fromSchema(p.schema, knownIds)])),
    { requiredKeys: op.queryParams.filter((p) => p.required).map((p) => p.name) },
  );
  const query = orMalformed(
    declaredQuery,
    fc.dictionary(
      fc.constantFrom(...op.queryParams.map((p) => p.name), 'x', '__proto__'),
      text(0, 20),
    ),
  ) as fc.Arbitrary<Record<string, unknown>>;
  const json = (value: unknown) => ({
    contentType: 'application/json',
    payload: JSON.stringify(value),
  });
  const malformedBody = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map(json),
    fc.constant(null),
    text(0, 30).map((payload) => ({ contentType: 'application/json', payload })),
    text(0, 30).map((payload) => ({ contentType: 'text/plain', payload })),
    fc.constant({ contentType: 'application/json', payload: '['.repeat(5000) }),
    // Valid JSON, nested far past what any body needs.
    fc.constant({
      contentType: 'application/json',
      payload: '['.repeat(10_000) + ']'.repeat(10_000),
    }),
  );
  const body =
    op.body !== null
      ? orMalformed(fromSchema(op.body, knownIds).map(json), malformedBody)
      : op.method === 'GET'
        ? fc.constant(null)
        : orMalformed(fc.constant(null), malformedBody);
  return fc.record({ params, query, body }) as fc.Arbitrary<FuzzRequest>;
}

/** What is wrong with an answer, or null when it keeps the contract. */
function breach(op: Operation, status: number, body: string): string | null {
  if (status >= 500) return `answered ${status}`;
  if (status < 400) {
    if (!(String(status) in op.responses)) return `answered undeclared ${status}`;
    if (body === '' || status >= 300) return null;
    try {
      JSON.parse(body);
      return null;
    } catch {
      return `answered ${status} with a body that is not JSON`;
    }
  }
  try {
    const error = (JSON.parse(body) as { error?: { code?: string; message?: unknown } }).error;
    const code = error?.code as (typeof errorCodes)[number];
    if (!errorCodes.includes(code) || typeof error?.message !== 'string')
      return `answered ${status} without the error shape`;
    return statusOf[code] === status ? null : `answered ${status} for ${code}`;
  } catch {
    return `answered ${status} with a body that is not JSON`;
  }
}

beforeAll(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  operations = (await readOperations(t.app)).filter((op) => !sessionEnders.has(op.route));
  for (const role of ['unit_leader', 'coordinator'] as const) {
    sessions.push({ role, session: await loginAs(t, role) });
  }
  expect((await startShift(t, sessions[1]!.session)).statusCode).toBe(200);
  const signedIn = await t.database.db
    .selectFrom('sessions')
    .select('user_id')
    .where('mfa_verified_at', 'is not', null)
    .execute();
  const mine = new Set(signedIn.map((s) => s.user_id));
  const tables = [
    'persons',
    'stays',
    'intakes',
    'contacts',
    'day_user_cases',
    'beds',
    'rooms',
    'units',
    'sites',
    'partners',
    'bed_reservations',
    'waiting_entries',
    'case_tasks',
    'reestablishment_cases',
    'staff_users',
  ] as const;
  knownIds = [];
  for (const table of tables) {
    const rows = await t.database.db.selectFrom(table).select('id').limit(5).execute();
    // Our own accounts stay out: deactivating them would end the run's sessions.
    knownIds.push(...rows.map((r) => r.id).filter((id) => !mine.has(id)));
  }
});
afterAll(async () => t?.close());

const maxSafe = Number.MAX_SAFE_INTEGER;

/** A request as the unit leader; a body is sent as JSON. */
const asLeader = (method: Operation['method'], url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: sessions[0]!.session.headers,
    ...(payload ? { payload } : {}),
  });

// Each of these once answered 500 (the URLs: Fastify's own shape); now as the contract says.
describe('what fuzzing found', () => {
  it('refuses a municipality that is not in the register (partners, staff)', async () => {
    const partner = await asLeader('POST', '/api/partners', {
      type: 'nav',
      name: 'NAV Ukjent',
      municipalityNumber: '2239',
    });
    expect(partner.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.municipalityNumber', code: 'unknown_municipality' }),
    ]);
    const staff = await asLeader('POST', '/api/staff', {
      username: 'ukjent.kommune',
      displayName: 'Ukjent',
      roles: ['municipality_contact'],
      municipalityNumber: '2239',
    });
    expect(staff.statusCode).toBe(400);
  });

  it('holds a role named twice once', async () => {
    const res = await asLeader('POST', '/api/staff', {
      username: 'dobbel.rolle',
      displayName: 'Dobbel',
      roles: ['coordinator', 'coordinator'],
    });
    expect(res.statusCode).toBe(201);
    const roles = await t.database.db
      .selectFrom('staff_roles')
      .select('role')
      .where('user_id', '=', res.json().id)
      .execute();
    expect(roles).toEqual([{ role: 'coordinator' }]);
  });

  it('answers a version or sequence number no column can hold as stale or invalid', async () => {
    const { id } = (
      await asLeader('POST', '/api/partners', { type: 'nav', name: 'NAV Bergen' })
    ).json();
    const rename = (version: number) =>
      asLeader('PATCH', `/api/partners/${id}`, { version, name: 'NAV Bergen Vest' });
    expect((await rename(maxSafe)).statusCode).toBe(409);
    expect((await rename(-maxSafe)).statusCode).toBe(400);
    const settings = await asLeader('PUT', '/api/intake/settings', {
      version: maxSafe,
      noticePhone: null,
    });
    expect(settings.statusCode).toBe(409);
    const audit = await asLeader('GET', `/api/audit/records/partner/${id}?before=${maxSafe}`);
    expect(audit.statusCode).toBe(400);
  });

  it('keeps the configuration readable after a site at the last position', async () => {
    await asLeader('POST', '/api/capacity/sites', { name: 'Sist', position: 10_000 });
    expect((await asLeader('POST', '/api/capacity/sites', { name: 'Etter' })).statusCode).toBe(201);
    expect((await asLeader('GET', '/api/capacity/configuration')).statusCode).toBe(200);
  });

  it('refuses text holding NUL, which PostgreSQL cannot store, with the field named', async () => {
    const res = await asLeader('POST', '/api/people/search', { text: 'Ka\u0000ri' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'body.text' })]);
  });

  it('refuses a bed change of only the version with 400, and leaves the bed as it was', async () => {
    const bed = await t.database.db
      .selectFrom('beds')
      .select(['id', 'version'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const res = await asLeader('PATCH', `/api/capacity/beds/${bed.id}`, { version: bed.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body', message: nothingToChangeMessage }),
    ]);
    const after = await t.database.db
      .selectFrom('beds')
      .select('version')
      .where('id', '=', bed.id)
      .executeTakeFirstOrThrow();
    expect(after.version).toBe(bed.version);
  });

  it('answers a URL the router cannot read in the error shape, uncached', async () => {
    for (const url of [`/api/people/${'x'.repeat(200)}`, '/api/people/%E0%A4%A']) {
      const res = await asLeader('GET', url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('malformed_request');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('fuzzing from the OpenAPI document', () => {
  it('refuses a PATCH of only the version with 400, on every PATCH route and record', async () => {
    const patches = operations.filter((op) => op.method === 'PATCH');
    expect(patches.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const op of patches) {
      expect(op.body?.properties, op.route).toHaveProperty('version');
      // Every record the run knows, each as new records are (version 1): an UPDATE with nothing
      // to set failed only once the version matched.
      for (const id of knownIds) {
        const url = fillPath(op.path, Object.fromEntries(op.pathParams.map((p) => [p.name, id])));
        const res = await asLeader('PATCH', url, { version: 1 });
        if (res.statusCode !== 400 || res.json().error.code !== 'validation_failed')
          wrong.push(`${op.route} ${id}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers every generated request without a 5xx, in the declared shape', async () => {
    const breaches: string[] = [];
    for (const { role, session } of sessions) {
      for (const [i, op] of operations.entries()) {
        const result = await fc.check(
          fc.asyncProperty(requestsFor(op), async (req) => {
            const res = await t.app.inject({
              method: op.method,
              url: withQuery(fillPath(op.path, req.params), req.query),
              headers: req.body
                ? { ...session.headers, 'content-type': req.body.contentType }
                : session.headers,
              ...(req.body ? { payload: req.body.payload } : {}),
            });
            const problem = breach(op, res.statusCode, res.body);
            if (problem) throw new Error(`${problem}: ${res.body.slice(0, 300)}`);
          }),
          // A seed per route, so routes get different sequences; fixed, so a failure replays.
          { seed: seed + i, numRuns: runsPerRoute, endOnFailure: true },
        );
        if (result.failed) {
          const request = fc.stringify(result.counterexample);
          breaches.push(`${role} ${op.route} ${String(result.errorInstance)}\n  ${request}`);
        }
        const me = await t.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: session.headers,
        });
        expect(me.json().state, `${role} still signed in after ${op.route}`).toBe('authenticated');
      }
    }
    expect(breaches).toEqual([]);
  }, 240_000);
});
