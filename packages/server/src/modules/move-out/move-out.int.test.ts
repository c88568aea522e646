import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { newId } from '../../platform/ids.ts';
import { startShift } from '../capacity/test-support.ts';
import { admit, request } from '../departures/test-support.ts';

let t: TestApp;
let leader: Session;
let centreId: string;

// The test clock: 24 November 2026, 04:00 in Oslo.
beforeEach(async () => {
  t = await testApp();
  centreId = await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'trondheim');
});
afterEach(async () => t.close());

const plan = async (stayId: string, session = leader) => {
  const res = await request(t, session, 'GET', `/api/stays/${stayId}/move-out`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const savePlan = (stayId: string, body: object, session = leader) =>
  request(t, session, 'PUT', `/api/stays/${stayId}/move-out`, body);
const board = async (session = leader) => {
  const res = await request(t, session, 'GET', '/api/move-out/board');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const partnerNamed = async (name: string) =>
  (
    await t.database.db
      .selectFrom('partners')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).id;

describe('the move-out plan', () => {
  it('exists from day one, records the route and the ready date, and refuses a stale write', async () => {
    const { stayId } = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'Lilje',
      arrivalAt: '2026-11-01T10:00:00Z',
    });
    expect(await plan(stayId)).toMatchObject({
      version: 0,
      route: 'unknown',
      readyOn: null,
      waitingDays: null,
      arrivalOn: '2026-11-01',
      steps: [],
      nextStepId: null,
    });
    const housing = await partnerNamed('Helse- og velferdskontor, Trondheim kommune');
    const first = await savePlan(stayId, {
      version: 0,
      route: 'municipal_housing',
      applicationPartnerId: housing,
      readyOn: '2026-11-14',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ version: 1 });
    expect(await plan(stayId)).toMatchObject({
      version: 1,
      route: 'municipal_housing',
      applicationPartner: { id: housing },
      readyOn: '2026-11-14',
      waitingDays: 10,
    });
    expect((await savePlan(stayId, { version: 0, route: 'unknown' })).statusCode).toBe(409);
    const home = await savePlan(stayId, {
      version: 1,
      route: 'own_home',
      perpetratorRemoved: true,
      readyOn: null,
    });
    expect(home.json()).toEqual({ version: 2 });
    expect(await plan(stayId)).toMatchObject({ perpetratorRemoved: true, readyOn: null });
  });

  it('keeps the ready date within the stay and the partner within the centre', async () => {
    const { stayId } = await admit(t, leader, { room: 'Rom 1', arrivalAt: '2026-11-01T10:00:00Z' });
    const before = await savePlan(stayId, { version: 0, route: 'unknown', readyOn: '2026-10-31' });
    expect(before.json().error.fields[0]).toMatchObject({ code: 'outside_stay' });
    const future = await savePlan(stayId, { version: 0, route: 'unknown', readyOn: '2026-11-25' });
    expect(future.statusCode).toBe(400);
    const stranger = await savePlan(stayId, {
      version: 0,
      route: 'unknown',
      applicationPartnerId: newId(),
    });
    expect(stranger.json().error.fields[0]).toMatchObject({ code: 'unknown_partner' });
  });

  it('plans steps with owners and dates, and names the one to act on next', async () => {
    const { stayId } = await admit(t, leader, { room: 'Rom 1', arrivalAt: '2026-11-01T10:00:00Z' });
    const nav = await partnerNamed('NAV Melhus');
    const me = (await request(t, leader, 'GET', '/api/auth/me')).json().user.id as string;
    const add = (body: object) =>
      request(t, leader, 'POST', `/api/stays/${stayId}/move-out/steps`, body);
    const application = await add({
      kind: 'housing_application',
      ownerUserId: me,
      dueOn: '2026-11-26',
    });
    expect(application.statusCode, application.body).toBe(201);
    const guarantee = await add({
      kind: 'deposit_guarantee',
      ownerPartnerId: nav,
      dueOn: '2026-11-25',
    });
    expect((await add({ kind: 'viewing', ownerUserId: me, ownerPartnerId: nav })).statusCode).toBe(
      400,
    );
    const view = await plan(stayId);
    expect(view.steps).toHaveLength(2);
    expect(view.nextStepId).toBe(guarantee.json().id);
    expect(view.steps[1]).toMatchObject({ owner: { type: 'partner', name: 'NAV Melhus' } });
    const step = `/api/stays/${stayId}/move-out/steps/${guarantee.json().id}`;
    const done = await request(t, leader, 'PATCH', step, {
      version: 1,
      ownerPartnerId: nav,
      dueOn: '2026-11-25',
      done: true,
    });
    expect(done.json()).toEqual({ version: 2 });
    expect((await request(t, leader, 'PATCH', step, { version: 1, done: false })).statusCode).toBe(
      409,
    );
    expect((await plan(stayId)).nextStepId).toBe(application.json().id);
    // The steps are the case's tasks: the start page lists them with the rest.
    const tasks = await t.database.db
      .selectFrom('case_tasks')
      .select(['source', 'source_ref', 'done_at'])
      .where('case_id', '=', stayId)
      .execute();
    expect(tasks.map((x) => x.source)).toEqual(['move_out', 'move_out']);
  });
});

describe('the housing letter', () => {
  it('confirms the registered name and the arrival, never the address, and is recorded', async () => {
    const { stayId } = await admit(t, leader, {
      room: 'Rom 5',
      firstName: 'Kari',
      lastName: 'Nordmann',
      birthDate: '1990-02-03',
      arrivalAt: '2026-10-01T10:00:00Z',
      children: ['Lita'],
    });
    const me = (await request(t, leader, 'GET', '/api/auth/me')).json().user.id as string;
    await request(t, leader, 'POST', `/api/stays/${stayId}/move-out/steps`, {
      kind: 'stay_letter',
      ownerUserId: me,
    });
    const res = await request(t, leader, 'POST', `/api/stays/${stayId}/move-out/letter`);
    expect(res.statusCode, res.body).toBe(200);
    const letter = res.json();
    expect(letter.paragraphs[0]).toBe(
      'Vi bekrefter at Kari Nordmann, født 3. februar 1990, har bodd ved Trondheim krisesenter siden 1. oktober 2026, sammen med ett barn.',
    );
    expect(letter.mayShareWithHomeMunicipality).toBe(false);
    expect(JSON.stringify(letter)).not.toMatch(/gate|vei|adresse:/i);
    const view = await plan(stayId);
    expect(view.letter).toMatchObject({ generatedAt: '2026-11-24T03:00:30.000Z' });
    expect(view.steps[0].doneAt).not.toBeNull();
    expect(view.nextStepId).toBeNull();
  });

  it('needs a registered name: an alias is not enough', async () => {
    const { stayId } = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'Lilje',
      arrivalAt: '2026-11-01T10:00:00Z',
    });
    const res = await request(t, leader, 'POST', `/api/stays/${stayId}/move-out/letter`);
    expect(res.json().error.fields[0]).toMatchObject({ code: 'no_registered_name' });
  });
});

describe('the move-out board', () => {
  it('ranks by what blocks places most, counts bed-days waiting, and names no one', async () => {
    // A mother and child ready for ten nights; a woman beyond her agreement's limit; one ready
    // for three nights; one who left this month after waiting, and one who left in March.
    const family = await admit(t, leader, {
      room: 'Rom 5',
      firstName: 'Kari',
      lastName: 'Nordmann',
      arrivalAt: '2026-10-20T10:00:00Z',
      homeMunicipalityNumber: '5001',
      children: ['Lita'],
    });
    const long = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'Lilje',
      arrivalAt: '2026-09-01T10:00:00Z',
      homeMunicipalityNumber: '5028',
    });
    const short = await admit(t, leader, {
      room: 'Rom 2',
      alias: 'Rose',
      arrivalAt: '2026-11-10T10:00:00Z',
    });
    const left = await admit(t, leader, {
      room: 'Rom 3',
      alias: 'Siv',
      arrivalAt: '2026-10-25T10:00:00Z',
    });
    await savePlan(family.stayId, {
      version: 0,
      route: 'municipal_housing',
      readyOn: '2026-11-14',
    });
    await savePlan(short.stayId, { version: 0, route: 'private_rental', readyOn: '2026-11-21' });
    await savePlan(left.stayId, {
      version: 0,
      route: 'transition_apartment',
      readyOn: '2026-10-30',
    });
    const gone = await request(t, leader, 'POST', `/api/stays/${left.stayId}/departure`, {
      version: 1,
      at: '2026-11-05T09:00:00Z',
      destination: 'transition_apartment',
      reason: 'planned',
    });
    expect(gone.statusCode, gone.body).toBe(201);
    // Melhus agreed on four weeks (whatever the demo data says).
    await t.database.db
      .deleteFrom('municipality_agreements')
      .where('centre_id', '=', centreId)
      .where('municipality_number', '=', '5028')
      .execute();
    await t.database.db
      .insertInto('municipality_agreements')
      .values({
        id: newId(),
        centre_id: centreId,
        municipality_number: '5028',
        stay_limit_days: 28,
        warning_days: 5,
        bill_days_beyond: 1,
        updated_by: 'system:test',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        version: 1,
      })
      .execute();

    const result = await board();
    expect(result.residents.map((r: { stayId: string }) => r.stayId)).toEqual([
      family.stayId,
      short.stayId,
      long.stayId,
    ]);
    expect(result.residents[0]).toMatchObject({
      label: 'K.N.',
      persons: 2,
      readyOn: '2026-11-14',
      waitingDays: 10,
      route: 'municipal_housing',
      homeMunicipality: { number: '5001', name: 'Trondheim' },
      limitDays: 42,
      daysBeyondLimit: 0,
    });
    // 1 September to 24 November: 84 nights, 56 beyond Melhus' 28.
    expect(result.residents[2]).toMatchObject({
      label: 'Lilje',
      dayOfStay: 85,
      limitDays: 28,
      daysBeyondLimit: 56,
      waitingDays: null,
    });
    // This month: family 10 nights × 2, Rose 3 nights, Siv 1–4 November: 4 nights.
    // This year: Siv also 30 and 31 October.
    expect(result.counts).toEqual({
      readyToMove: 2,
      bedDaysWaitingMonth: 20 + 3 + 4,
      bedDaysWaitingYear: 20 + 3 + 6,
    });
    expect(JSON.stringify(result)).not.toContain('Kari');
    expect(JSON.stringify(result)).not.toContain('Nordmann');
  });

  it('is the unit leader’s and the coordinators’: labels only for those they may open', async () => {
    await admit(t, leader, { room: 'Rom 1', alias: 'Lilje', arrivalAt: '2026-11-01T10:00:00Z' });
    const coordinator = await loginAs(t, 'coordinator', 'trondheim');
    expect((await board(coordinator)).residents[0].label).toBeNull();
    await startShift(t, coordinator);
    expect((await board(coordinator)).residents[0].label).toBe('Lilje');
    const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
    expect((await request(t, nightWatch, 'GET', '/api/move-out/board')).statusCode).toBe(403);
  });
});
