import { caseworkRoles, roles, type Role } from '@havn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, startShift, withDemoCentre, type Session } from '../../../test/auth.ts';
import {
  fillPath,
  readOperations,
  withQuery,
  type Operation,
  type Parameter,
} from '../../../test/openapi.ts';
import { staffId } from '../../modules/intake/test-support.ts';
import {
  markerPattern,
  seedOtherCentre,
  seedProtectedAddresses,
  syntheticNationalId,
} from './marker-test-support.ts';

/**
 * Marker leaks (SECURITY.md, "How we prove it"): Trondheim's staff fill their records with marker
 * strings through the API — names, aliases, national id, a strictly confidential address, contact
 * details, journals, perpetrator notes, safety plans, sealed identities, drafts. Then every role
 * of Bergen, on shift where it has shifts, reads every GET route of the OpenAPI document with
 * every id there is (Trondheim's too) and every status filter, and searches: no answer may hold a
 * Trondheim marker. Inside Bergen, a strictly confidential address reaches the unit leader only,
 * a confidential one the unit leader and the stay's primary contact at most. Trondheim's unit
 * leader, and Bergen's for its addresses, run the same sweep and must meet every marker: proof
 * that the sweep reaches them. The phone, e-mail and safe contact behind a protected address
 * follow the address.
 */

/** Tables whose ids the sweep tries on every route, with the audit record type of each. */
const idTables = {
  persons: 'person',
  stays: 'stay',
  intakes: 'intake',
  contacts: 'contact',
  contact_drafts: null,
  day_user_cases: 'day_user_case',
  appointments: 'appointment',
  joint_meetings: 'joint_meeting',
  meeting_tasks: null,
  case_tasks: 'task',
  incidents: 'incident',
  child_welfare_concerns: 'child_welfare_concern',
  child_schooling: null,
  parent_contacts: null,
  threat_assessments: 'threat_assessment',
  safety_plans: 'safety_plan',
  journal_notes: 'journal_note',
  reestablishment_cases: 'reestablishment_case',
  partners: 'partner',
  staff_users: 'staff_user',
  waiting_entries: 'waiting_entry',
  bed_reservations: 'reservation',
  sites: 'site',
} as const;
type IdTable = keyof typeof idTables;
type Pool = { table: IdTable; id: string }[];

/** Searches are reads sent by POST (no personal data in URLs): each with the bodies to try. */
const searches: Record<string, object[]> = {
  'POST /api/people/search': [
    { text: 'MRK7' },
    { text: 'MRK8' },
    { text: 'MRK9' },
    { text: 'Skjult' },
    { text: 'Vernet' },
    { text: syntheticNationalId },
    // Recognition of an earlier record stays inside the centre, and names nothing of it.
    { text: 'MRK7-first MRK7-last', nationalId: syntheticNationalId, birthDate: '1990-05-22' },
    { text: 'Skjult', birthDate: '2020-02-29' },
  ],
  'POST /api/capacity/find': [{ adultGender: 'female' }, { adultGender: 'female', childAges: [6] }],
};

let t: TestApp;
let reads: Operation[];
let pool: Pool;
let trondheimMarkers: Set<string>;
let addresses: { strict: Set<string>; confidential: Set<string> };

beforeAll(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  const trondheim = await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  reads = (await readOperations(t.app)).filter(
    (op) => op.method === 'GET' || searches[op.route] !== undefined,
  );
  trondheimMarkers = await seedOtherCentre(
    t,
    await loginAs(t, 'unit_leader', 'trondheim'),
    await staffId(t, 'unit_leader', 'trondheim'),
  );
  const bergenLeader = await loginAs(t, 'unit_leader');
  const idsNow = async () => {
    const all: { table: IdTable; id: string; centre_id: string }[] = [];
    for (const table of Object.keys(idTables) as IdTable[]) {
      const rows = await t.database.db
        .selectFrom(table as 'persons')
        .select(['id', 'centre_id'])
        .execute();
      all.push(...rows.map((row) => ({ table, ...row })));
    }
    return all;
  };
  const bergenBefore = new Set((await idsNow()).map((r) => r.id));
  addresses = await seedProtectedAddresses(
    t,
    bergenLeader,
    await staffId(t, 'coordinator', 'bergen'),
  );
  // Every record of Trondheim, and what Bergen's households with protected addresses added.
  pool = (await idsNow())
    .filter((r) => r.centre_id === trondheim || !bergenBefore.has(r.id))
    .map(({ table, id }) => ({ table, id }));
}, 60_000);
afterAll(async () => t?.close());

const window = { start: '2026-11-01', end: '2026-12-31' };

/** A plain value for a query parameter that is not an id. */
function example(p: Parameter): string | undefined {
  const late = /^(to|before)$/.test(p.name);
  const day = late ? window.end : window.start;
  if (p.schema.format === 'date-time') return `${day}T00:00:00Z`;
  if (p.schema.format === 'date') return day;
  if (p.schema.pattern?.includes('(0[1-9]|1[0-2])$')) return day.slice(0, 7);
  if (p.schema.type === 'integer') return p.required ? String(p.schema.maximum ?? 100) : undefined;
  if (p.schema.type === 'boolean') return p.required ? 'true' : undefined;
  return p.required && p.schema.enum ? String(p.schema.enum[0]) : undefined;
}

const idsOf = (tables: IdTable[] | null) =>
  pool.filter((e) => tables === null || tables.includes(e.table)).map((e) => e.id);

/** Every URL the sweep opens for a route: ids of every kind in the path, every status filter. */
function urlsFor(op: Operation): string[] {
  if (op.pathParams.some((p) => p.name === 'recordType')) {
    return pool
      .filter((e) => idTables[e.table] !== null)
      .map((e) => fillPath(op.path, { recordType: idTables[e.table]!, recordId: e.id }));
  }
  let combos: Record<string, string>[] = [{}];
  for (const p of op.pathParams) {
    const values = p.schema.enum
      ? p.schema.enum.map(String)
      : p.name === 'stayId'
        ? idsOf(['stays'])
        : p.name === 'personId'
          ? idsOf(['persons'])
          : idsOf(null);
    combos = combos.flatMap((combo) => values.map((v) => ({ ...combo, [p.name]: v })));
  }
  const paths = combos.map((combo) => fillPath(op.path, combo));
  const base = Object.fromEntries(op.queryParams.map((p) => [p.name, example(p)]));
  const byPerson = op.queryParams.find((p) => p.name === 'personId');
  const variants: Record<string, unknown>[] = byPerson?.required ? [] : [base];
  for (const p of op.queryParams) {
    if (p.schema.enum) variants.push(...p.schema.enum.map((v) => ({ ...base, [p.name]: v })));
  }
  if (byPerson) variants.push(...idsOf(['persons']).map((id) => ({ ...base, personId: id })));
  return paths.flatMap((path) => variants.map((q) => withQuery(path, q)));
}

/** Every marker a session meets in the whole sweep, with the first request that showed it. */
async function sweep(session: Session): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const look = (request: string, body: string) => {
    for (const found of body.matchAll(markerPattern)) {
      const marker = found[0].toLowerCase();
      if (!seen.has(marker)) seen.set(marker, request);
    }
    if (body.includes(syntheticNationalId) && !seen.has('national id'))
      seen.set('national id', request);
  };
  for (const op of reads) {
    const bodies = searches[op.route];
    const requests = bodies
      ? bodies.map((payload) => ({ url: op.path, payload }))
      : urlsFor(op).map((url) => ({ url, payload: undefined }));
    const ask = ({ url, payload }: (typeof requests)[number]) =>
      t.app.inject({
        method: op.method,
        url,
        headers: session.headers,
        ...(payload ? { payload } : {}),
      });
    const [first, ...rest] = requests;
    if (!first) continue;
    const firstAnswer = await ask(first);
    // The route gate refused the role: no other id or filter gets further.
    if (firstAnswer.statusCode === 403) continue;
    // The rest side by side: reads only, and PostgreSQL answers faster to a few at once.
    const answers = [firstAnswer, ...(await Promise.all(rest.map(ask)))];
    for (const [i, { url, payload }] of requests.entries())
      look(`${op.method} ${url} ${payload ? JSON.stringify(payload) : ''}`, answers[i]!.body);
  }
  return seen;
}

/** Logged in, and on shift when the role has shifts: the widest reach the role can have. */
async function widest(role: Role, centre = 'bergen'): Promise<Session> {
  const session = await loginAs(t, role, centre);
  if (caseworkRoles.includes(role)) expect((await startShift(t, session)).statusCode).toBe(200);
  return session;
}

/** The wanted markers a sweep met, each with the request that showed it first. */
const met = (seen: Map<string, string>, wanted: Set<string>) =>
  [...seen]
    .filter(([marker]) => wanted.has(marker))
    .map(([marker, request]) => `${marker} ← ${request}`);

describe('marker leaks', () => {
  it('shows Trondheim its own markers: the sweep reaches every record', async () => {
    const seen = await sweep(await widest('unit_leader', 'trondheim'));
    expect([...trondheimMarkers].filter((m) => !seen.has(m))).toEqual([]);
  });

  it.each(roles)('shows %s of Bergen no marker of Trondheim, nor its national id', async (role) => {
    const seen = await sweep(await widest(role));
    expect(met(seen, new Set([...trondheimMarkers, 'national id']))).toEqual([]);
    const strict = met(seen, addresses.strict);
    const confidential = met(seen, addresses.confidential);
    if (role === 'unit_leader') {
      // The unit leader must see both: proof the sweep reaches Bergen's addresses.
      expect(strict).toHaveLength(addresses.strict.size);
      expect(confidential).toHaveLength(addresses.confidential.size);
      return;
    }
    expect(strict, 'a strictly confidential address or contact detail').toEqual([]);
    // contactDetailsVisible also lets the primary contact (the coordinator here) see confidential ones.
    if (role !== 'coordinator')
      expect(confidential, 'a confidential address or contact detail').toEqual([]);
  });
});
