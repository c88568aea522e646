import diagnostics from 'node:diagnostics_channel';
import { caseCoordinators, roles, type Role } from '@havn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre } from '../../../test/auth.ts';
import { readOperations } from '../../../test/openapi.ts';
import { createStaff } from '../../modules/staff/index.ts';

/**
 * Every route × every role, from one declared table. A route in the OpenAPI document without a
 * row here fails the build: nobody adds an endpoint without saying who may call it.
 * Requests carry no body, so a role that passes the gate meets validation (400) on routes that
 * need one — proof it got past the gate without changing anything.
 * `roles`: who passes; `ok`: their status; everyone else logged in gets 403.
 */
type Row = { anonymous: number } & (
  { roles: 'all' | readonly Role[]; ok: number } | { roles: 'none' }
);
const accountManagers: Role[] = ['unit_leader', 'system_admin'];
const casework: Role[] = [
  'unit_leader',
  'coordinator',
  'children_coordinator',
  'night_watch',
  'on_call_substitute',
];
const coordinators: Role[] = ['unit_leader', 'coordinator', 'children_coordinator'];

const table: Record<string, Row> = {
  'GET /api/health': { anonymous: 200, roles: 'all', ok: 200 },
  'GET /api/health/ready': { anonymous: 200, roles: 'all', ok: 200 },
  // For a scraper's address or token only (metrics.int.test.ts); to everyone else no such route.
  'GET /api/metrics': { anonymous: 404, roles: 'all', ok: 404 },
  'GET /api/system/status': { anonymous: 401, roles: accountManagers, ok: 200 },
  'GET /api/auth/me': { anonymous: 200, roles: 'all', ok: 200 },
  'GET /api/auth/demo': { anonymous: 200, roles: 'all', ok: 200 },
  'GET /api/auth/providers': { anonymous: 200, roles: 'all', ok: 200 },
  // Not configured in this test: the identity provider routes answer 404 (oidc.int.test.ts covers them).
  'GET /api/auth/oidc': { anonymous: 404, roles: 'all', ok: 404 },
  'GET /api/auth/oidc/callback': { anonymous: 404, roles: 'all', ok: 404 },
  'POST /api/auth/login': { anonymous: 400, roles: 'all', ok: 400 },
  'POST /api/auth/activate': { anonymous: 400, roles: 'all', ok: 400 },
  'POST /api/auth/logout': { anonymous: 204, roles: 'all', ok: 204 },
  'POST /api/auth/logout-all': { anonymous: 401, roles: 'all', ok: 204 },
  'POST /api/auth/password': { anonymous: 401, roles: 'all', ok: 400 },
  'POST /api/auth/failed-attempts/seen': { anonymous: 401, roles: 'all', ok: 204 },
  // Only between the password and the second factor; a finished login has no use for them.
  'POST /api/auth/second-factor': { anonymous: 401, roles: 'none' },
  'POST /api/auth/enrolment': { anonymous: 401, roles: 'none' },
  'POST /api/auth/enrolment/confirm': { anonymous: 401, roles: 'none' },
  'GET /api/staff': { anonymous: 401, roles: [...accountManagers, 'finance'], ok: 200 },
  'GET /api/staff/directory': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/staff': { anonymous: 401, roles: accountManagers, ok: 400 },
  'PUT /api/staff/{id}/roles': { anonymous: 401, roles: accountManagers, ok: 400 },
  'PUT /api/staff/{id}/duties': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/staff/{id}/deactivate': { anonymous: 401, roles: accountManagers, ok: 400 },
  'POST /api/staff/{id}/reset-second-factor': { anonymous: 401, roles: accountManagers, ok: 400 },
  'POST /api/staff/{id}/reset-password': { anonymous: 401, roles: accountManagers, ok: 400 },
  'DELETE /api/staff/{id}/sessions': { anonymous: 401, roles: accountManagers, ok: 200 },
  'GET /api/staff/{id}/activity': { anonymous: 401, roles: ['unit_leader'], ok: 200 },
  'GET /api/audit/records/{recordType}/{recordId}': {
    anonymous: 401,
    roles: ['unit_leader'],
    ok: 200,
  },
  'POST /api/break-glass': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/break-glass': { anonymous: 401, roles: ['unit_leader'], ok: 200 },
  'POST /api/break-glass/{id}/review': { anonymous: 401, roles: ['unit_leader'], ok: 404 },
  'GET /api/access/protected-addresses': { anonymous: 401, roles: ['unit_leader'], ok: 200 },
  'POST /api/access/protected-addresses/{id}/review': {
    anonymous: 401,
    roles: ['unit_leader'],
    ok: 404,
  },
  'GET /api/shifts/current': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/shifts/start': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/shifts/end': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/people': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/people/search': { anonymous: 401, roles: casework, ok: 400 },
  // The id is a staff member's, not a person's: past the gate, it is simply not found.
  'GET /api/people/{id}': { anonymous: 401, roles: casework, ok: 404 },
  'PATCH /api/people/{id}': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/people/{id}/children': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/people/{id}/national-id/confirm': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/people/merge': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'GET /api/capacity/board': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/capacity/find': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/capacity/stays': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/capacity/stays/{id}/move': { anonymous: 401, roles: casework, ok: 400 },
  // The id is a staff member's, not a stay's: past the gate, it is simply not found.
  'GET /api/capacity/stays/{id}/move-options': { anonymous: 401, roles: casework, ok: 404 },
  'GET /api/capacity/reservations': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/capacity/reservations': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/capacity/reservations/{id}/cancel': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/capacity/waiting': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/capacity/waiting': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/capacity/waiting/{id}/resolve': { anonymous: 401, roles: casework, ok: 400 },
  // The id is a staff member's, not a bed's: past the gate, it is simply not found.
  'POST /api/capacity/beds/{id}/ready': { anonymous: 401, roles: casework, ok: 404 },
  'POST /api/capacity/beds/{id}/out-of-service': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/capacity/beds/{id}/in-service': { anonymous: 401, roles: casework, ok: 404 },
  'GET /api/capacity/history': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/capacity/configuration': { anonymous: 401, roles: casework, ok: 200 },
  'PUT /api/capacity/settings': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/capacity/sites': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'PATCH /api/capacity/sites/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'DELETE /api/capacity/sites/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/capacity/units': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'PATCH /api/capacity/units/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'DELETE /api/capacity/units/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/capacity/rooms': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'PATCH /api/capacity/rooms/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'DELETE /api/capacity/rooms/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/capacity/beds': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'PATCH /api/capacity/beds/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'DELETE /api/capacity/beds/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'GET /api/partners': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/partners': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'PATCH /api/partners/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/contacts': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/contacts': { anonymous: 401, roles: casework, ok: 200 },
  'GET /api/contacts/counts': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/contacts/drafts': { anonymous: 401, roles: casework, ok: 200 },
  'PUT /api/contacts/drafts/{id}': { anonymous: 401, roles: casework, ok: 400 },
  'DELETE /api/contacts/drafts/{id}': { anonymous: 401, roles: casework, ok: 404 },
  'GET /api/contacts/{id}': { anonymous: 401, roles: casework, ok: 404 },
  'PATCH /api/contacts/{id}': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/day-users': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/day-users': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/day-users/{id}': { anonymous: 401, roles: casework, ok: 404 },
  'POST /api/day-users/{id}/visits': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/day-users/{id}/end': { anonymous: 401, roles: casework, ok: 400 },
  'PUT /api/day-users/{id}/perpetrators': { anonymous: 401, roles: casework, ok: 400 },
  'PUT /api/day-users/{id}/primary-contact': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/appointments': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/appointments': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/appointments/mine': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/appointments/{id}/cancel': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/joint-meetings': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/joint-meetings': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/joint-meetings/tasks/{id}/done': { anonymous: 401, roles: casework, ok: 404 },
  'GET /api/agreements': { anonymous: 401, roles: [...casework, 'finance'], ok: 200 },
  // The public municipality register, for picking a home municipality by name or number.
  'GET /api/municipalities': { anonymous: 401, roles: [...casework, 'finance'], ok: 200 },
  'PUT /api/agreements/{municipalityNumber}': {
    anonymous: 401,
    roles: ['unit_leader', 'finance'],
    ok: 400,
  },
  'GET /api/stays/residents': { anonymous: 401, roles: casework, ok: 200 },
  'GET /api/stays/tasks/mine': { anonymous: 401, roles: casework, ok: 200 },
  // The stay's casework: never the night watch or on-call substitutes. The id is a staff
  // member's, not a stay's: past the gate, it is simply not found.
  'GET /api/stays/{id}': { anonymous: 401, roles: coordinators, ok: 404 },
  'PUT /api/stays/{id}/responsible': { anonymous: 401, roles: coordinators, ok: 400 },
  'PUT /api/stays/{id}/home-municipality': { anonymous: 401, roles: coordinators, ok: 400 },
  'PUT /api/stays/{id}/plan': { anonymous: 401, roles: coordinators, ok: 400 },
  'POST /api/stays/{id}/plan/reviews': { anonymous: 401, roles: coordinators, ok: 400 },
  'POST /api/stays/{id}/tasks': { anonymous: 401, roles: coordinators, ok: 400 },
  'POST /api/stays/{id}/tasks/{taskId}/done': { anonymous: 401, roles: coordinators, ok: 400 },
  'PUT /api/stays/{id}/flags': { anonymous: 401, roles: coordinators, ok: 400 },
  'GET /api/stays/{id}/journal': { anonymous: 401, roles: coordinators, ok: 404 },
  'POST /api/stays/{id}/journal': { anonymous: 401, roles: coordinators, ok: 400 },
  'GET /api/stays/{id}/journal/draft': { anonymous: 401, roles: coordinators, ok: 404 },
  'PUT /api/stays/{id}/journal/draft': { anonymous: 401, roles: coordinators, ok: 400 },
  'DELETE /api/stays/{id}/journal/draft': { anonymous: 401, roles: coordinators, ok: 404 },
  // Children's pages: the stay's casework (coordinators and the unit leader), never night watch.
  // The ids are a staff member's: past the gate, the stay is simply not found.
  'GET /api/stays/{stayId}/children': { anonymous: 401, roles: coordinators, ok: 404 },
  'GET /api/stays/{stayId}/children/{personId}': { anonymous: 401, roles: coordinators, ok: 404 },
  'POST /api/stays/{stayId}/children/{personId}/schooling': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  'PUT /api/stays/{stayId}/children/{personId}/schooling/{id}': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  'POST /api/stays/{stayId}/children/{personId}/activities': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  'PUT /api/stays/{stayId}/children/{personId}/health': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  'POST /api/stays/{stayId}/children/{personId}/parent-contacts': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  'PUT /api/stays/{stayId}/children/{personId}/parent-contacts/{id}': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  // §6 applies to everyone on duty: night watch and on-call substitutes register concerns too.
  'POST /api/stays/{stayId}/children/{personId}/concerns': {
    anonymous: 401,
    roles: casework,
    ok: 400,
  },
  'GET /api/child-welfare/concerns': { anonymous: 401, roles: ['unit_leader'], ok: 200 },
  'GET /api/child-welfare/concerns/{id}': { anonymous: 401, roles: coordinators, ok: 404 },
  'POST /api/child-welfare/concerns/{id}/assess': { anonymous: 401, roles: coordinators, ok: 400 },
  'POST /api/child-welfare/concerns/{id}/send': { anonymous: 401, roles: coordinators, ok: 400 },
  'POST /api/child-welfare/concerns/{id}/not-sent': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  // Moving out and departures (targetId is no stay: opening one answers 404).
  'GET /api/move-out/board': { anonymous: 401, roles: ['unit_leader', 'coordinator'], ok: 200 },
  'GET /api/stays/{id}/move-out': { anonymous: 401, roles: caseCoordinators, ok: 404 },
  'PUT /api/stays/{id}/move-out': { anonymous: 401, roles: caseCoordinators, ok: 400 },
  'POST /api/stays/{id}/move-out/steps': { anonymous: 401, roles: caseCoordinators, ok: 400 },
  'PATCH /api/stays/{id}/move-out/steps/{stepId}': {
    anonymous: 401,
    roles: caseCoordinators,
    ok: 400,
  },
  'POST /api/stays/{id}/move-out/letter': { anonymous: 401, roles: caseCoordinators, ok: 404 },
  'GET /api/stays/{id}/departure': { anonymous: 401, roles: casework, ok: 404 },
  'POST /api/stays/{id}/departure': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/stays/{id}/correction': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  // Intake (targetId is no intake: reads answer 404; every write needs a body; a recipient
  // that is a uuid fails validation).
  'GET /api/intakes': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/intakes': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/intakes/{id}': { anonymous: 401, roles: casework, ok: 404 },
  'PUT /api/intakes/{id}/members': { anonymous: 401, roles: casework, ok: 400 },
  'PUT /api/intakes/{id}/consent': { anonymous: 401, roles: casework, ok: 400 },
  'PUT /api/intakes/{id}/identity': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/intakes/{id}/identity': { anonymous: 401, roles: ['unit_leader'], ok: 404 },
  'PUT /api/intakes/{id}/eligibility': { anonymous: 401, roles: casework, ok: 400 },
  'PUT /api/intakes/{id}/help-needs': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/intakes/{id}/steps/{step}': { anonymous: 401, roles: casework, ok: 400 },
  'PUT /api/intakes/{id}/primary-contact': { anonymous: 401, roles: casework, ok: 400 },
  'PUT /api/intakes/{id}/flags': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/intakes/{id}/notices/{recipient}': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/intakes/{id}/notices/{recipient}': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/intakes/{id}/move-in': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/intakes/{id}/abandon': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/intake/settings': { anonymous: 401, roles: ['unit_leader'], ok: 200 },
  'PUT /api/intake/settings': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  // Protection: threat mapping, safety plan, incidents, house rules (targetId is no intake,
  // stay or incident: opening one answers 404).
  'GET /api/protection/items': { anonymous: 401, roles: casework, ok: 200 },
  'POST /api/protection/items': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'PATCH /api/protection/items/{id}': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/protection/items/{id}/move': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'GET /api/protection/settings': { anonymous: 401, roles: ['unit_leader'], ok: 200 },
  'PUT /api/protection/settings': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'GET /api/protection/house-rules': { anonymous: 401, roles: casework, ok: 200 },
  'PUT /api/protection/house-rules': { anonymous: 401, roles: ['unit_leader'], ok: 400 },
  'POST /api/protection/intakes/{id}/assessments': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/protection/intakes/{id}/assessments': { anonymous: 401, roles: casework, ok: 404 },
  'GET /api/protection/intakes/{id}/safety-plan': { anonymous: 401, roles: casework, ok: 404 },
  'PUT /api/protection/intakes/{id}/safety-plan': { anonymous: 401, roles: casework, ok: 400 },
  'POST /api/protection/intakes/{id}/safety-plan/review': {
    anonymous: 401,
    roles: casework,
    ok: 400,
  },
  'POST /api/protection/incidents': { anonymous: 401, roles: casework, ok: 400 },
  'GET /api/protection/incidents': { anonymous: 401, roles: casework, ok: 200 },
  'PUT /api/protection/incidents/{id}/follow-up': { anonymous: 401, roles: coordinators, ok: 400 },
  'GET /api/protection/stays/{id}': { anonymous: 401, roles: coordinators, ok: 404 },
  'GET /api/protection/overdue': { anonymous: 401, roles: coordinators, ok: 200 },
  'GET /api/protection/residents': { anonymous: 401, roles: casework, ok: 200 },
  'GET /api/reestablishment': { anonymous: 401, roles: coordinators, ok: 200 },
  'GET /api/reestablishment/candidates': { anonymous: 401, roles: coordinators, ok: 200 },
  'GET /api/reestablishment/municipalities': { anonymous: 401, roles: coordinators, ok: 200 },
  'POST /api/reestablishment': { anonymous: 401, roles: coordinators, ok: 400 },
  'GET /api/reestablishment/{id}': { anonymous: 401, roles: coordinators, ok: 404 },
  'PATCH /api/reestablishment/{id}': { anonymous: 401, roles: coordinators, ok: 400 },
  'POST /api/reestablishment/{id}/contacts': {
    anonymous: 401,
    roles: coordinators,
    ok: 400,
  },
  'POST /api/reestablishment/{id}/end': { anonymous: 401, roles: coordinators, ok: 400 },
};

let t: TestApp;
let routes: string[];
let targetId: string;

/** Requests (by their probe header) whose route handler started: Fastify's own trace of it. */
const handlerStarted = 'tracing:fastify.request.handler:start';
const reachedHandler = new Set<string>();
const noteHandler = (message: unknown) => {
  const probe = (message as { request: { headers: Record<string, unknown> } }).request.headers[
    'x-probe'
  ];
  if (typeof probe === 'string') reachedHandler.add(probe);
};

beforeAll(async () => {
  t = await testApp();
  await withDemoCentre(t);
  await t.app.ready();
  const centre = await t.database.db.selectFrom('centres').select('id').executeTakeFirstOrThrow();
  targetId = (
    await createStaff(
      t.ctx,
      { system: 'system:test' },
      { centreId: centre.id, username: 'target', displayName: 'Target', roles: ['coordinator'] },
    )
  ).id;
  routes = (await readOperations(t.app)).map((operation) => operation.route);
  diagnostics.subscribe(handlerStarted, noteHandler);
});
afterAll(async () => {
  diagnostics.unsubscribe(handlerStarted, noteHandler);
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const methodOf = (route: string) => route.split(' ')[0] as Method;

/** The route's path with every parameter filled in. */
const urlOf = (route: string) =>
  route
    .split(' ')[1]!
    .replace('{id}', targetId)
    .replace('{recordType}', 'staff_user')
    .replace('{recordId}', targetId)
    // Any other path parameter (stayId, personId, …) gets the staff member's id too.
    .replaceAll(/\{\w+\}/g, targetId);

const call = async (route: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ method: methodOf(route), url: urlOf(route), headers });
  // Every API answer, whoever asks and whatever the status, is kept out of every cache.
  expect(res.headers['cache-control'], `${route} cache-control`).toBe('no-store');
  return res;
};

const encodeFirst = (segment: string) =>
  `%${segment.charCodeAt(0).toString(16).toUpperCase()}${segment.slice(1)}`;

/**
 * The same route spelt otherwise: what the router would decode, fold or skip, or what a gate
 * deciding on the URL's text would read differently. The fixed part selects the route; a
 * parameter spelt with needless encoding is no canonical spelling either.
 */
function otherSpellings(route: string): Record<string, string> {
  const template = route.split(' ')[1]!.split('/');
  const url = urlOf(route).split('/');
  const lastFixed = template.findLastIndex((s) => s !== '' && !s.startsWith('{'));
  const firstParam = template.findIndex((s) => s.startsWith('{'));
  const respell = (i: number, spell: (segment: string) => string) =>
    url.map((s, j) => (j === i ? spell(s) : s)).join('/');
  return {
    'api encoded': respell(1, () => '%61pi'),
    'api partly encoded': respell(1, () => 'ap%69'),
    'api twice encoded': respell(1, () => '%2561pi'),
    'last fixed segment encoded': respell(lastFixed, encodeFirst),
    'api in capitals': respell(1, () => 'API'),
    // Not the last fixed segment: `/api/contacts/COUNTS` is `/api/contacts/{id}`, spelt right.
    'module in capitals': respell(2, (s) => s.toUpperCase()),
    'leading doubled slash': `/${url.join('/')}`,
    'doubled slash inside': respell(lastFixed, (s) => `/${s}`),
    'trailing slash': `${url.join('/')}/`,
    ...(firstParam === -1 ? {} : { 'parameter encoded': respell(firstParam, encodeFirst) }),
  };
}

const expectedFor = (row: Row, role: Role): number => {
  if (row.roles === 'none') return 401;
  return row.roles === 'all' || row.roles.includes(role) ? row.ok : 403;
};

describe('authorization matrix', () => {
  it('has a row for every route in the OpenAPI document, and no stale rows', () => {
    expect([...routes].sort()).toEqual(Object.keys(table).sort());
  });

  it.each(Object.entries(table))(
    '%s answers an anonymous caller as declared',
    async (route, row) => {
      expect((await call(route)).statusCode).toBe(row.anonymous);
    },
  );

  it.each(roles)('answers %s on every route as declared', async (role) => {
    const actual: Record<string, number> = {};
    const expected: Record<string, number> = {};
    // One login per role, renewed only after the routes that can end it: a login per route
    // makes this test as slow as the route count times Argon2.
    let session = await loginAs(t, role);
    for (const [route, row] of Object.entries(table)) {
      actual[route] = (await call(route, session.headers)).statusCode;
      expected[route] = expectedFor(row, role);
      if (route.startsWith('POST /api/auth/')) session = await loginAs(t, role);
    }
    expect(actual).toEqual(expected);
  });

  it('answers every route spelt otherwise with 404, uncached, and runs no handler', async () => {
    const session = await loginAs(t, 'unit_leader');
    const wrong: string[] = [];
    for (const route of routes) {
      for (const [spelling, url] of Object.entries(otherSpellings(route))) {
        for (const [caller, headers] of Object.entries({
          anonymous: {},
          unit_leader: session.headers,
        })) {
          const probe = `${caller} ${route} (${spelling})`;
          const res = await t.app.inject({
            method: methodOf(route),
            url,
            headers: { ...headers, 'x-probe': probe },
          });
          const refused =
            res.statusCode === 404 &&
            res.body === '{"error":{"code":"not_found","message":"No such endpoint"}}' &&
            res.headers['cache-control'] === 'no-store';
          if (!refused) wrong.push(`${probe} ${url}: ${res.statusCode} ${res.body.slice(0, 80)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect([...reachedHandler]).toEqual([]);
  });
});
