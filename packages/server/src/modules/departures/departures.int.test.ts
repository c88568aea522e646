import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { bedById, bedsIn, getBoard, startShift, startStay } from '../capacity/test-support.ts';
import { newId } from '../../platform/ids.ts';
import { admit, request, women } from './test-support.ts';

let t: TestApp;
let leader: Session;

// The test clock: 24 November 2026, 04:00 in Oslo.
beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'trondheim');
});
afterEach(async () => t.close());

const depart = (stayId: string, body: object, session = leader) =>
  request(t, session, 'POST', `/api/stays/${stayId}/departure`, body);
const correct = (stayId: string, body: object, session = leader) =>
  request(t, session, 'POST', `/api/stays/${stayId}/correction`, body);
const departure = async (stayId: string, session = leader) => {
  const res = await request(t, session, 'GET', `/api/stays/${stayId}/departure`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const fieldCodes = (res: { json(): { error: { fields: { code: string }[] } } }) =>
  res.json().error.fields.map((f) => f.code);

describe('registering a departure', () => {
  it('ends the stay of a mother and two children; their beds wait for cleaning', async () => {
    const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
    await startShift(t, nightWatch);
    const family = await admit(t, leader, {
      room: 'Rom 7',
      alias: 'Lilje',
      arrivalAt: '2026-11-01T10:00:00Z',
      children: ['Ask', 'Embla'],
    });
    const before = await departure(family.stayId, nightWatch);
    expect(before.household.map((m: { label: string }) => m.label)).toEqual([
      'Lilje',
      'Ask',
      'Embla',
    ]);
    // The form may suggest no earlier time than the arrival (no one has moved bed since).
    expect(before.earliestDepartureAt).toBe('2026-11-01T10:00:00.000Z');
    const res = await depart(
      family.stayId,
      {
        version: 1,
        at: '2026-11-23T15:00:00Z',
        destination: 'transition_apartment',
        reason: 'planned',
        children: family.childIds.map((personId) => ({
          personId,
          destination: 'transition_apartment',
          reason: 'planned',
        })),
      },
      nightWatch,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().version).toBe(2);
    const board = await getBoard(t, leader);
    for (const bed of family.bedIds)
      expect(bedById(board, bed)).toMatchObject({
        state: 'being_cleaned',
        since: '2026-11-23T15:00:00.000Z',
      });
    const after = await departure(family.stayId);
    expect(after).toMatchObject({
      departureAt: '2026-11-23T15:00:00.000Z',
      departure: {
        destination: 'transition_apartment',
        reason: 'planned',
        withoutNotice: null,
        registeredBy: expect.any(String),
      },
    });
    expect(after.departure.children).toHaveLength(2);
    const moveOut = (await request(t, leader, 'GET', '/api/move-out/board')).json();
    expect(moveOut.residents).toEqual([]);
    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['action', 'fields'])
      .where('record_id', '=', family.stayId)
      .where('verb', '!=', 'read')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'capacity.stay.start',
      'capacity.stay.depart',
      'departures.register',
    ]);
    // A second registration: the stay has ended.
    const again = await depart(family.stayId, {
      version: 2,
      destination: 'unknown',
      reason: 'other',
      children: family.childIds.map((personId) => ({
        personId,
        destination: 'unknown',
        reason: 'other',
      })),
    });
    expect(again.statusCode).toBe(409);
  });

  it('wants every child once, and the police on record for a move to another centre', async () => {
    const family = await admit(t, leader, {
      room: 'Rom 5',
      alias: 'Lilje',
      arrivalAt: '2026-11-01T10:00:00Z',
      children: ['Ask'],
    });
    const missing = await depart(family.stayId, {
      version: 1,
      destination: 'another_crisis_centre',
      reason: 'moved_for_safety',
    });
    expect(fieldCodes(missing).sort()).toEqual(['child_missing', 'police_involvement_required']);
    const moved = await depart(family.stayId, {
      version: 1,
      destination: 'another_crisis_centre',
      reason: 'moved_for_safety',
      policeInvolved: true,
      children: [
        {
          personId: family.childIds[0],
          destination: 'another_crisis_centre',
          reason: 'moved_for_safety',
        },
      ],
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((await departure(family.stayId)).departure.policeInvolved).toBe(true);
  });

  it('refuses a stale version, and a departure the actor may not open', async () => {
    const { stayId } = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'A',
      arrivalAt: '2026-11-01T10:00:00Z',
    });
    const coordinator = await loginAs(t, 'coordinator', 'trondheim');
    const closed = await depart(
      stayId,
      { version: 1, destination: 'unknown', reason: 'other' },
      coordinator,
    );
    expect(closed.statusCode).toBe(404);
    const stale = await depart(stayId, { version: 7, destination: 'unknown', reason: 'other' });
    expect(stale.statusCode).toBe(409);
    expect(await t.database.db.selectFrom('departures').selectAll().execute()).toEqual([]);
  });

  it('ends the stay and leaves its beds with the departure record, or does none of it', async () => {
    const { stayId, bedIds } = await admit(t, leader, {
      room: 'Rom 2',
      alias: 'Hegg',
      arrivalAt: '2026-11-01T10:00:00Z',
    });
    // A departure record that cannot be written (one stands for the stay already, left behind).
    const stay = await t.database.db
      .selectFrom('stays')
      .select(['centre_id', 'created_by'])
      .where('id', '=', stayId)
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('departures')
      .values({
        id: newId(),
        centre_id: stay.centre_id,
        stay_id: stayId,
        departed_at: '2026-11-20T10:00:00.000Z',
        destination: 'unknown',
        reason: 'other',
        police_involved: null,
        without_notice: 0,
        police_notified: null,
        follow_up_sealed: null,
        registered_by: stay.created_by,
        registered_at: '2026-11-20T10:00:00.000Z',
      })
      .execute();
    const failed = await depart(stayId, { version: 1, destination: 'unknown', reason: 'other' });
    expect(failed.statusCode).toBe(500);
    // The stay goes on, in its bed, at its version: the stays and capacity parts rolled back too.
    expect((await departure(stayId)).departureAt).toBeNull();
    expect(bedById(await getBoard(t, leader), bedIds[0]!).state).toBe('occupied');
    await t.database.db.deleteFrom('departures').where('stay_id', '=', stayId).execute();
    const ended = await depart(stayId, { version: 1, destination: 'unknown', reason: 'other' });
    expect(ended.statusCode, ended.body).toBe(201);
    expect((await departure(stayId)).departureAt).not.toBeNull();
    expect(bedById(await getBoard(t, leader), bedIds[0]!).state).toBe('being_cleaned');
  });

  it('ends a leave without notice at the last known time, with the follow-up sealed', async () => {
    const { stayId, bedIds } = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'Lilje',
      arrivalAt: '2026-11-01T10:00:00Z',
    });
    const body = {
      version: 1,
      destination: 'unknown',
      reason: 'chose_to_leave',
      withoutNotice: { policeNotified: true, contactsTried: 'Ringte søsteren Anne på 99887766' },
    };
    expect(fieldCodes(await depart(stayId, body))).toEqual(['last_known_time_required']);
    const res = await depart(stayId, { ...body, at: '2026-11-22T21:30:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    const view = await departure(stayId);
    expect(view.departureAt).toBe('2026-11-22T21:30:00.000Z');
    expect(view.departure.withoutNotice).toEqual({
      policeNotified: true,
      contactsTried: 'Ringte søsteren Anne på 99887766',
    });
    const row = await t.database.db
      .selectFrom('departures')
      .select('follow_up_sealed')
      .executeTakeFirstOrThrow();
    expect(row.follow_up_sealed).not.toContain('Anne');
    expect(bedById(await getBoard(t, leader), bedIds[0]!).state).toBe('being_cleaned');
  });
});

describe('correcting a stay', () => {
  const departed = async () => {
    const stay = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'Lilje',
      arrivalAt: '2026-11-01T10:00:00Z',
    });
    const res = await depart(stay.stayId, {
      version: 1,
      at: '2026-11-20T10:00:00Z',
      destination: 'municipal_housing',
      reason: 'planned',
    });
    expect(res.statusCode, res.body).toBe(201);
    return stay;
  };
  const reason = 'Avreisen ble ført på feil dato';

  it('lets the unit leader move the departure: overnights follow, the reason is sealed', async () => {
    const { stayId, bedIds } = await departed();
    const res = await correct(stayId, { version: 2, departureAt: '2026-11-15T10:00:00Z', reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: 3,
      departureAt: '2026-11-15T10:00:00Z',
      overnights: 14,
      daysBeyondLimit: 0,
    });
    expect(bedById(await getBoard(t, leader), bedIds[0]!).since).toBe('2026-11-15T10:00:00.000Z');
    const view = await departure(stayId);
    expect(view.departure.departedAt).toBe('2026-11-15T10:00:00Z');
    expect(view.corrections).toMatchObject([
      {
        oldDepartureAt: '2026-11-20T10:00:00.000Z',
        newDepartureAt: '2026-11-15T10:00:00Z',
        reason,
      },
    ]);
    const stored = await t.database.db
      .selectFrom('stay_corrections')
      .select('reason_sealed')
      .executeTakeFirstOrThrow();
    expect(stored.reason_sealed).not.toContain('feil dato');
    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['fields', 'reason'])
      .where('action', '=', 'stays.correct')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit)).not.toContain('feil dato');
    expect(audit.fields).toContain('departure_at');
  });

  it('moves the arrival of a stay going on: the clock counts from the new day', async () => {
    const { stayId } = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'L',
      arrivalAt: '2026-11-01T10:00:00Z',
    });
    const res = await correct(stayId, { version: 1, arrivalAt: '2026-09-01T10:00:00Z', reason });
    expect(res.json()).toMatchObject({ overnights: 84, daysBeyondLimit: 42 });
    const board = (await request(t, leader, 'GET', '/api/move-out/board')).json();
    expect(board.residents[0]).toMatchObject({ dayOfStay: 85, daysBeyondLimit: 42 });
  });

  it('is the unit leader’s alone, states the version, and gives a reason', async () => {
    const { stayId } = await departed();
    const coordinator = await loginAs(t, 'coordinator', 'trondheim');
    const body = { version: 2, departureAt: '2026-11-15T10:00:00Z', reason };
    expect((await correct(stayId, body, coordinator)).statusCode).toBe(403);
    expect((await correct(stayId, { ...body, version: 1 })).statusCode).toBe(409);
    expect(fieldCodes(await correct(stayId, { ...body, reason: 'feil' }))).toEqual([
      'reason_too_short',
    ]);
    expect(
      fieldCodes(await correct(stayId, { ...body, departureAt: '2026-10-30T10:00:00Z' })),
    ).toEqual(['before_arrival']);
  });

  it('refuses a correction that overlaps the next occupant of the bed or another stay', async () => {
    const { stayId, adultId, bedIds } = await departed();
    await request(t, leader, 'POST', `/api/capacity/beds/${bedIds[0]}/ready`);
    const next = await admit(t, leader, {
      room: 'Rom 1',
      alias: 'Neste',
      arrivalAt: '2026-11-21T10:00:00Z',
    });
    expect(next.bedIds).toEqual(bedIds);
    const later = await correct(stayId, {
      version: 2,
      departureAt: '2026-11-22T10:00:00Z',
      reason,
    });
    expect(later.json().error).toMatchObject({ code: 'conflict', reason: 'overlaps_bed_occupant' });
    // Her own later stay, in another room.
    const again = await startStay(t, leader, {
      personId: adultId,
      bedId: bedsIn(await getBoard(t, leader), women, 'Rom 2')[0]!.id,
      arrivalAt: '2026-11-22T10:00:00Z',
    });
    expect(again.statusCode, again.body).toBe(201);
    const overlap = await correct(stayId, {
      version: 2,
      departureAt: '2026-11-23T10:00:00Z',
      reason,
    });
    expect(overlap.json().error).toMatchObject({ code: 'conflict', reason: 'overlaps_other_stay' });
  });
});
