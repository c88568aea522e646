import type { Kysely } from 'kysely';
import { defaultThreatItems } from '@havn/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import * as threatItemsPerCentre from '../../../migrations/0019_threat_items_per_centre.ts';
import { newId } from '../../platform/ids.ts';

let t: TestApp;
let coordinator: Session;
let leader: Session;
let nightWatch: Session;
let stay: { id: string; person_id: string };
let intakeId: string;

const day = 86_400_000;

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T03:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'moss');
  await t.app.ready();
  coordinator = await loginAs(t, 'coordinator');
  leader = await loginAs(t, 'unit_leader');
  nightWatch = await loginAs(t, 'night_watch');
  for (const s of [coordinator, nightWatch])
    await t.app.inject({ method: 'POST', url: '/api/shifts/start', headers: s.headers });
  stay = await t.database.db
    .selectFrom('stays')
    .innerJoin('persons', 'persons.id', 'stays.person_id')
    .select(['stays.id', 'stays.person_id'])
    .where('persons.alias', '=', 'Måke')
    .executeTakeFirstOrThrow();
  const koordinator = await staffId('koordinator');
  await t.database.db
    .updateTable('stays')
    .set({ primary_contact_id: koordinator, child_responsible_id: null })
    .where('id', '=', stay.id)
    .execute();
  intakeId = await intake({ personId: stay.person_id, stayId: stay.id, status: 'completed' });
});
afterEach(async () => t.close());

async function staffId(username: string) {
  return (
    await t.database.db
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;
}

/** The intake module owns intakes; these tests only need rows to hang assessments on. */
async function intake(input: {
  personId: string;
  stayId: string | null;
  status: 'in_progress' | 'completed';
}) {
  const id = newId();
  const person = await t.database.db
    .selectFrom('persons')
    .select('centre_id')
    .where('id', '=', input.personId)
    .executeTakeFirstOrThrow();
  const stamp = new Date(t.clock.now().getTime() - 2 * day).toISOString();
  await t.database.db
    .insertInto('intakes')
    .values({
      id,
      centre_id: person.centre_id,
      person_id: input.personId,
      origin_contact_id: null,
      status: input.status,
      steps_saved: '[]',
      target_groups: '[]',
      home_municipality_number: null,
      outside_cooperation: 0,
      meets_screened_criteria: 0,
      eligibility_sealed: null,
      exclusion_sealed: null,
      help_needs_sealed: null,
      identity_sealed: null,
      forced_marriage_suspected: 0,
      asylum_seeker: 0,
      primary_contact_id: await staffId('koordinator'),
      child_responsible_id: null,
      stay_id: input.stayId,
      ended_at: null,
      created_by: await staffId('koordinator'),
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
  return id;
}

/** Moves the clock a day on; sessions end overnight, so everyone logs in again. */
async function nextDay() {
  t.clock.advance(day);
  coordinator = await loginAs(t, 'coordinator');
  leader = await loginAs(t, 'unit_leader');
  nightWatch = await loginAs(t, 'night_watch');
}

const send = (session: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
  t.app.inject({ method, url, headers: session.headers, payload });
const get = (session: Session, url: string) =>
  t.app.inject({ method: 'GET', url, headers: session.headers });

const answers = (over: Record<string, string> = {}) =>
  defaultThreatItems.map((item) => ({
    key: item.key,
    now: over[item.key] ?? 'no',
    earlier: 'unknown',
    note: item.key === 'weapons' ? 'Hagle i boden hos svogeren' : null,
  }));
const assessment = (kind: string, over: Record<string, string> = {}) => ({
  kind,
  answers: answers(over),
  judgement: 'high',
  reasons: 'Kvelertak i forrige uke og drapstrusler på telefon',
});

describe('threat assessments', () => {
  it('gives a centre the default items when it is created, and older centres by migration', async () => {
    const keysOf = async (centreId: string) =>
      (
        await t.database.db
          .selectFrom('threat_items')
          .select('key')
          .where('centre_id', '=', centreId)
          .orderBy('position')
          .execute()
      ).map((r) => r.key);
    const centres = await t.database.db.selectFrom('centres').select('id').execute();
    expect(centres).toHaveLength(2);
    // Written with the centre, before anyone reads them.
    for (const centre of centres)
      expect(await keysOf(centre.id)).toEqual(defaultThreatItems.map((i) => i.key));

    // A centre from before: no items, and the migration not yet run. It runs on its own: taking
    // it out of the migration log would leave later migrations out of order.
    const older = centres[1]!.id;
    await t.database.db.deleteFrom('threat_items').where('centre_id', '=', older).execute();
    await threatItemsPerCentre.up(t.database.db as unknown as Kysely<unknown>);
    expect(await keysOf(older)).toEqual(defaultThreatItems.map((i) => i.key));
    expect(await keysOf(centres[0]!.id)).toEqual(defaultThreatItems.map((i) => i.key));
  });

  it('seals answers and reasons, keeps every assessment, and refuses a second initial one', async () => {
    const items = (await get(coordinator, '/api/protection/items')).json().items;
    expect(items.map((i: { key: string }) => i.key)).toEqual(defaultThreatItems.map((i) => i.key));

    const first = await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('initial', { strangulation: 'present', threats_to_kill: 'present' }),
    );
    expect(first.statusCode, first.body).toBe(201);
    const raw = await t.database.db
      .selectFrom('threat_assessments')
      .selectAll()
      .where('id', '=', first.json().id)
      .executeTakeFirstOrThrow();
    expect(raw.judgement).toBe('high');
    for (const column of [raw.answers_sealed, raw.reasons_sealed]) {
      expect(column).toMatch(/^v1\./);
      expect(column).not.toMatch(/Hagle|Kvelertak|present|strangulation/);
    }

    const again = await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('initial'),
    );
    expect(again.statusCode).toBe(409);
    t.clock.advance(60_000);
    const second = await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      { ...assessment('scheduled'), judgement: 'medium' },
    );
    expect(second.statusCode, second.body).toBe(201);

    const history = (
      await get(coordinator, `/api/protection/intakes/${intakeId}/assessments`)
    ).json();
    expect(history.items.map((a: { judgement: string }) => a.judgement)).toEqual([
      'medium',
      'high',
    ]);
    const older = history.items[1];
    expect(older.reasons).toBe('Kvelertak i forrige uke og drapstrusler på telefon');
    expect(older.answers.find((a: { key: string }) => a.key === 'strangulation')).toMatchObject({
      now: 'present',
      labelNb: defaultThreatItems.find((i) => i.key === 'strangulation')!.nb,
    });
    expect(older.assessedBy.name).toBe('Kari Koordinator (demo)');
    expect(history.reassessment).toMatchObject({
      reason: 'interval',
      state: 'ok',
      dueOn: '2026-12-08',
    });

    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['action', 'record_type', 'fields'])
      .where('action', 'like', 'protection.assessment.%')
      .execute();
    expect(audit.map((a) => a.record_type)).toContain('threat_assessment');
    expect(JSON.stringify(audit)).not.toMatch(/Kvelertak|Hagle|high/);
  });

  it('asks every active item, and keeps the old words after an item is reworded', async () => {
    const missing = await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      {
        ...assessment('initial'),
        answers: answers().slice(1),
      },
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0]).toMatchObject({ code: 'unanswered' });
    const reassessFirst = await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('scheduled'),
    );
    expect(reassessFirst.statusCode).toBe(400);

    await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('initial'),
    );
    const pets = (await get(leader, '/api/protection/items'))
      .json()
      .items.find((i: { key: string }) => i.key === 'pets');
    const reworded = await send(leader, 'PATCH', `/api/protection/items/${pets.id}`, {
      version: pets.version,
      labelNb: 'Har brukeren dyr som må ivaretas eller er truet?',
      active: false,
    });
    expect(reworded.json()).toEqual({ version: 2 });
    const stale = await send(leader, 'PATCH', `/api/protection/items/${pets.id}`, {
      version: pets.version,
      active: true,
    });
    expect(stale.statusCode).toBe(409);

    // The retired item is no longer asked; the earlier answer keeps the words it was asked with.
    const withoutPets = answers().filter((a) => a.key !== 'pets');
    const next = await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      {
        ...assessment('scheduled'),
        answers: withoutPets,
      },
    );
    expect(next.statusCode, next.body).toBe(201);
    const history = (
      await get(coordinator, `/api/protection/intakes/${intakeId}/assessments`)
    ).json();
    expect(history.items[0].answers.some((a: { key: string }) => a.key === 'pets')).toBe(false);
    expect(history.items[1].answers.find((a: { key: string }) => a.key === 'pets').labelNb).toBe(
      defaultThreatItems.find((i) => i.key === 'pets')!.nb,
    );
  });
});

describe('reassessment', () => {
  it('is due at once after an incident, gives the primary contact a task, and shows on the start page', async () => {
    await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('initial'),
    );
    const before = (await get(coordinator, `/api/protection/stays/${stay.id}`)).json();
    expect(before).toMatchObject({
      intakeId,
      latest: { judgement: 'high', kind: 'initial' },
      reassessment: { state: 'ok', reason: 'interval', dueOn: '2026-12-08' },
      incidents: [],
    });
    expect(
      (await get(coordinator, '/api/protection/overdue'))
        .json()
        .items.some((i: { stayId: string }) => i.stayId === stay.id),
    ).toBe(false);

    t.clock.advance(600_000);
    const reported = await send(nightWatch, 'POST', '/api/protection/incidents', {
      stayId: stay.id,
      occurredAt: new Date(t.clock.now().getTime() - 600_000).toISOString(),
      kind: 'perpetrator_at_door',
      description: 'Ekssamboer ringte på og ropte navnet hennes',
      measures: 'Døren holdt låst, politiet kom etter ti minutter',
      policeCalled: true,
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const incidentId = reported.json().id;

    const raw = await t.database.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', incidentId)
      .executeTakeFirstOrThrow();
    expect(raw.description_sealed).not.toMatch(/Ekssamboer/);
    expect(raw.measures_sealed).not.toMatch(/politiet/);

    const after = (await get(coordinator, `/api/protection/stays/${stay.id}`)).json();
    expect(after.reassessment).toEqual({
      dueOn: '2026-11-24',
      reason: 'incident',
      incidentId,
      state: 'due',
    });
    expect(after.incidents[0]).toMatchObject({
      kind: 'perpetrator_at_door',
      description: 'Ekssamboer ringte på og ropte navnet hennes',
      policeCalled: true,
      resident: 'Måke',
      reportedBy: { name: 'Nils Nattevakt (demo)' },
    });
    const task = await t.database.db
      .selectFrom('case_tasks')
      .selectAll()
      .where('source', '=', 'incident')
      .where('source_ref', '=', incidentId)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({
      case_type: 'stay',
      case_id: stay.id,
      owner_user_id: await staffId('koordinator'),
      due_on: '2026-11-24',
      done_at: null,
    });

    const overdue = (await get(coordinator, '/api/protection/overdue')).json().items;
    expect(overdue.find((i: { stayId: string }) => i.stayId === stay.id)).toEqual({
      stayId: stay.id,
      intakeId,
      resident: 'Måke',
      dueOn: '2026-11-24',
      state: 'due',
      reason: 'incident',
    });
    await nextDay();
    expect(
      (await get(coordinator, '/api/protection/overdue'))
        .json()
        .items.find((i: { stayId: string }) => i.stayId === stay.id).state,
    ).toBe('overdue');

    const open = (await get(nightWatch, '/api/protection/incidents')).json().items;
    expect(open.map((i: { id: string }) => i.id)).toContain(incidentId);
    const followed = await send(
      coordinator,
      'PUT',
      `/api/protection/incidents/${incidentId}/follow-up`,
      {
        version: 1,
        text: 'Snakket med henne morgenen etter; ny vurdering gjort',
        done: true,
      },
    );
    expect(followed.json()).toEqual({ version: 2 });
    expect(
      (
        await send(coordinator, 'PUT', `/api/protection/incidents/${incidentId}/follow-up`, {
          version: 1,
          text: 'x',
        })
      ).statusCode,
    ).toBe(409);
    const done = await t.database.db
      .selectFrom('case_tasks')
      .select(['done_at', 'done_by'])
      .where('source_ref', '=', incidentId)
      .executeTakeFirstOrThrow();
    expect(done.done_by).toBe(await staffId('koordinator'));
    expect((await get(nightWatch, '/api/protection/incidents')).json().items).toEqual([]);

    await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('after_incident'),
    );
    expect(
      (await get(coordinator, `/api/protection/stays/${stay.id}`)).json().reassessment,
    ).toMatchObject({
      state: 'ok',
      reason: 'interval',
      dueOn: '2026-12-09',
    });
  });

  it('asks for no reassessment once the stay has ended, on the stay page and in the history', async () => {
    // Never assessed: the initial assessment has been overdue since the intake began.
    const before = (await get(leader, `/api/protection/stays/${stay.id}`)).json();
    expect(before.reassessment).toMatchObject({ reason: 'initial', state: 'overdue' });

    await t.database.db
      .updateTable('stays')
      .set({ departure_at: new Date(t.clock.now().getTime() - 3_600_000).toISOString() })
      .where('id', '=', stay.id)
      .execute();
    const after = await get(leader, `/api/protection/stays/${stay.id}`);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().reassessment).toBeNull();
    const history = await get(leader, `/api/protection/intakes/${intakeId}/assessments`);
    expect(history.json().reassessment).toBeNull();
  });

  it('lists residents never assessed or past the interval, by alias only, with the centre interval', async () => {
    const overdue = (await get(leader, '/api/protection/overdue')).json().items;
    // The demo households came in without an intake: the mapping is due from arrival — also for
    // Selje in the transition apartment, who still lives in the centre's offer.
    expect(overdue.map((i: { resident: string }) => i.resident).sort()).toEqual([
      'Ask',
      'Furu',
      'Lilje',
      'Måke',
      'Rogn',
      'Selje',
    ]);
    expect(overdue.every((i: { state: string }) => i.state === 'overdue')).toBe(true);
    expect(JSON.stringify(overdue)).not.toMatch(/personId|firstName/);

    await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('initial'),
    );
    const settings = (await get(leader, '/api/protection/settings')).json();
    expect(settings).toEqual({ reassessmentIntervalDays: 14, version: 0 });
    expect(
      (
        await send(leader, 'PUT', '/api/protection/settings', {
          reassessmentIntervalDays: 7,
          version: 0,
        })
      ).json(),
    ).toEqual({ reassessmentIntervalDays: 7, version: 1 });
    expect(
      (
        await send(leader, 'PUT', '/api/protection/settings', {
          reassessmentIntervalDays: 5,
          version: 0,
        })
      ).statusCode,
    ).toBe(409);
    for (let i = 0; i < 7; i++) await nextDay();
    const maake = (await get(leader, '/api/protection/overdue'))
      .json()
      .items.find((i: { stayId: string }) => i.stayId === stay.id);
    expect(maake).toMatchObject({ state: 'due', reason: 'interval', dueOn: '2026-12-01' });
  });
});

describe('safety plan', () => {
  it('is sealed, versioned (stale → 409) and reviewable', async () => {
    const url = `/api/protection/intakes/${intakeId}/safety-plan`;
    expect((await get(coordinator, url)).json()).toEqual({ plan: null });
    const plan = {
      routes: 'Taxi til skolen, aldri buss 3',
      phone: 'Ny hemmelig nummer, gammel telefon levert politiet',
      school: 'Skolen vet: ingen henting uten avtale',
      ifFound: 'Ring 112, gå til personalrommet',
      other: null,
    };
    expect((await send(coordinator, 'PUT', url, { version: 0, ...plan })).json()).toEqual({
      version: 1,
    });
    expect((await send(coordinator, 'PUT', url, { version: 0, ...plan })).statusCode).toBe(409);
    expect(
      (
        await send(coordinator, 'PUT', url, { version: 1, ...plan, other: 'Hunden hos naboen' })
      ).json(),
    ).toEqual({ version: 2 });
    expect((await send(leader, 'PUT', url, { version: 1, ...plan })).statusCode).toBe(409);

    const raw = await t.database.db
      .selectFrom('safety_plans')
      .select('content_sealed')
      .where('intake_id', '=', intakeId)
      .executeTakeFirstOrThrow();
    // Whole phrases: random ciphertext holds a short one like '112' now and then.
    expect(raw.content_sealed).not.toMatch(/Taxi til skolen|Ring 112|ingen henting/);

    const reviewed = await send(coordinator, 'POST', `${url}/review`, {
      version: 2,
      nextReviewOn: '2026-12-01',
    });
    expect(reviewed.json()).toEqual({ version: 3 });
    const view = (await get(coordinator, url)).json().plan;
    expect(view).toMatchObject({
      ...plan,
      other: 'Hunden hos naboen',
      nextReviewOn: '2026-12-01',
      reviewedBy: { name: 'Kari Koordinator (demo)' },
      version: 3,
    });
  });
});

describe('access', () => {
  it('lets the night watch report an incident but not read the assessment history or the plan', async () => {
    await send(
      coordinator,
      'POST',
      `/api/protection/intakes/${intakeId}/assessments`,
      assessment('initial'),
    );
    expect(
      (
        await send(nightWatch, 'POST', '/api/protection/incidents', {
          stayId: stay.id,
          kind: 'rule_breach',
          description: 'Røykte på rommet',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await get(nightWatch, `/api/protection/intakes/${intakeId}/assessments`)).statusCode,
    ).toBe(404);
    expect(
      (await get(nightWatch, `/api/protection/intakes/${intakeId}/safety-plan`)).statusCode,
    ).toBe(404);
    expect(
      (
        await send(
          nightWatch,
          'POST',
          `/api/protection/intakes/${intakeId}/assessments`,
          assessment('scheduled'),
        )
      ).statusCode,
    ).toBe(404);
    expect((await get(nightWatch, `/api/protection/stays/${stay.id}`)).statusCode).toBe(403);
    const denied = await t.database.db
      .selectFrom('audit_entries')
      .select(['outcome', 'reason'])
      .where('action', '=', 'protection.assessment.history')
      .where('verb', '=', 'deny')
      .execute();
    expect(denied).toEqual([{ outcome: 'denied', reason: 'not_case_worker' }]);
    expect((await get(nightWatch, '/api/protection/house-rules')).statusCode).toBe(200);
  });

  it('lets whoever is on duty conduct the initial assessment and the plan while the intake goes on', async () => {
    const person = (await send(nightWatch, 'POST', '/api/people', { alias: 'Hegg' })).json();
    const open = await intake({ personId: person.id, stayId: null, status: 'in_progress' });
    const made = await send(
      nightWatch,
      'POST',
      `/api/protection/intakes/${open}/assessments`,
      assessment('initial'),
    );
    expect(made.statusCode, made.body).toBe(201);
    expect((await get(nightWatch, `/api/protection/intakes/${open}/assessments`)).statusCode).toBe(
      200,
    );
    expect(
      (
        await send(nightWatch, 'PUT', `/api/protection/intakes/${open}/safety-plan`, {
          version: 0,
          routes: 'Taxi',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('answers 404 to a coordinator off shift and without the case, and to another centre', async () => {
    await t.app.inject({ method: 'POST', url: '/api/shifts/end', headers: coordinator.headers });
    const children = await loginAs(t, 'children_coordinator');
    expect(
      (await get(children, `/api/protection/intakes/${intakeId}/assessments`)).statusCode,
    ).toBe(404);
    expect((await get(children, `/api/protection/stays/${stay.id}`)).statusCode).toBe(404);
    // The coordinator is the primary contact: the relation opens it without a shift.
    expect(
      (await get(coordinator, `/api/protection/intakes/${intakeId}/assessments`)).statusCode,
    ).toBe(200);
    const moss = await loginAs(t, 'unit_leader', 'moss');
    expect((await get(moss, `/api/protection/intakes/${intakeId}/assessments`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await send(moss, 'POST', '/api/protection/incidents', {
          stayId: stay.id,
          kind: 'other',
          description: 'x',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses finance and municipality contacts everywhere', async () => {
    for (const role of ['finance', 'municipality_contact'] as const) {
      const session = await loginAs(t, role);
      for (const url of [
        '/api/protection/items',
        `/api/protection/intakes/${intakeId}/assessments`,
        `/api/protection/intakes/${intakeId}/safety-plan`,
        `/api/protection/stays/${stay.id}`,
        '/api/protection/overdue',
        '/api/protection/incidents',
        '/api/protection/house-rules',
      ])
        expect((await get(session, url)).statusCode, `${role} ${url}`).toBe(403);
      expect(
        (
          await send(session, 'POST', '/api/protection/incidents', {
            stayId: stay.id,
            kind: 'other',
            description: 'x',
          })
        ).statusCode,
      ).toBe(403);
    }
  });
});

describe('configuration', () => {
  it('lets the unit leader add and order items, set house rules and extended rules for the screened unit', async () => {
    const added = await send(leader, 'POST', '/api/protection/items', {
      labelNb: 'Har utøveren nylig mistet jobben eller bolig?',
      labelEn: 'Has the perpetrator recently lost their job or home?',
    });
    expect(added.statusCode, added.body).toBe(201);
    let items = (await get(leader, '/api/protection/items')).json().items;
    expect(items.at(-1).id).toBe(added.json().id);
    const moved = await send(leader, 'POST', `/api/protection/items/${added.json().id}/move`, {
      version: 1,
      direction: 'up',
    });
    expect(moved.json()).toEqual({ version: 2 });
    items = (await get(leader, '/api/protection/items')).json().items;
    expect(items.at(-2).id).toBe(added.json().id);
    expect(
      (await send(coordinator, 'POST', '/api/protection/items', { labelNb: 'xxx', labelEn: 'yyy' }))
        .statusCode,
    ).toBe(403);

    const save = (session: Session, body: object) =>
      send(session, 'PUT', '/api/protection/house-rules', body);
    expect((await save(leader, { text: 'Ingen besøk på rommene.', revision: 0 })).json()).toEqual({
      revision: 1,
    });
    expect((await save(leader, { text: 'Annet', revision: 0 })).statusCode).toBe(409);
    expect((await save(coordinator, { text: 'Annet', revision: 1 })).statusCode).toBe(403);
    const ordinary = await t.database.db
      .selectFrom('units')
      .select('id')
      .where('screened', '=', 0)
      .executeTakeFirstOrThrow();
    expect((await save(leader, { unitId: ordinary.id, text: 'x', revision: 0 })).statusCode).toBe(
      400,
    );

    const moss = await loginAs(t, 'unit_leader', 'moss');
    const mossRules = (await get(moss, '/api/protection/house-rules')).json();
    expect(mossRules.centre).toBeNull();
    const rom23 = mossRules.units[0];
    expect(rom23.rules).toBeNull();
    expect(
      (
        await save(moss, { unitId: rom23.unitId, text: 'Tilsyn hver time om natten.', revision: 0 })
      ).json(),
    ).toEqual({ revision: 1 });
    const after = (await get(moss, '/api/protection/house-rules')).json();
    expect(after.units[0].rules).toMatchObject({
      text: 'Tilsyn hver time om natten.',
      revision: 1,
    });
    // Bergen's rules are Bergen's.
    expect((await get(coordinator, '/api/protection/house-rules')).json().centre.text).toBe(
      'Ingen besøk på rommene.',
    );
  });
});
