import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { newId } from '../../platform/ids.ts';
import { bedTakenMessage } from './guard.ts';
import {
  bedById,
  bedsIn,
  capacityAudit,
  endStay,
  getBoard,
  newPerson,
  post,
  startShift,
  startStay,
} from './test-support.ts';

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'trondheim');
});
afterEach(async () => t.close());

const women = 'Kvinnesenteret';

describe('stays in beds', () => {
  it('starts a stay for a mother and her baby: the board shows them in their beds', async () => {
    const mother = await newPerson(t, leader, { alias: 'Sol', gender: 'female' });
    const baby = await newPerson(t, leader, {
      alias: 'Stjerne',
      isChild: true,
      birthDate: '2026-02-01',
      adultIds: [mother],
    });
    const before = await getBoard(t, leader);
    const [bed, , cot] = bedsIn(before, women, 'Rom 5');
    const res = await startStay(t, leader, {
      personId: mother,
      bedId: bed!.id,
      children: [{ personId: baby, bedId: cot!.id }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: 1, flags: { lentScreened: false } });
    const after = await getBoard(t, leader);
    expect(bedById(after, bed!.id)).toMatchObject({
      state: 'occupied',
      occupant: { stayId: res.json().id, label: 'Sol', isChild: false, day: 1 },
    });
    expect(bedById(after, cot!.id).occupant).toMatchObject({ label: 'Stjerne', isChild: true });
    expect(after.totals.occupied).toBe(before.totals.occupied + 2);
    expect(after.totals).toMatchObject({ persons: 2, adults: 1, children: 1 });
  });

  it('refuses a cot for an adult and a bed already taken', async () => {
    const a = await newPerson(t, leader, { alias: 'A', gender: 'female' });
    const b = await newPerson(t, leader, { alias: 'B', gender: 'female' });
    const board = await getBoard(t, leader);
    const [, , cot] = bedsIn(board, women, 'Rom 5');
    const adultInCot = await startStay(t, leader, { personId: a, bedId: cot!.id });
    expect(adultInCot.statusCode).toBe(400);
    expect(adultInCot.json().error.fields[0]).toMatchObject({ code: 'cot_too_small' });

    const [single] = bedsIn(board, women, 'Rom 1');
    expect((await startStay(t, leader, { personId: a, bedId: single!.id })).statusCode).toBe(201);
    const taken = await startStay(t, leader, { personId: b, bedId: single!.id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe(bedTakenMessage);
    const again = await startStay(t, leader, {
      personId: a,
      bedId: bedsIn(board, women, 'Rom 2')[0]!.id,
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets exactly one of two staff take the last bed at the same moment', async () => {
    const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
    await startShift(t, nightWatch);
    const first = await newPerson(t, leader, { alias: 'Bjørn', gender: 'male' });
    const second = await newPerson(t, leader, { alias: 'Ulv', gender: 'male' });
    const board = await getBoard(t, leader);
    const [last] = bedsIn(board, 'Plass for enslige menn', 'Rom 1');

    const answers = await Promise.all([
      startStay(t, leader, { personId: first, bedId: last!.id }),
      startStay(t, nightWatch, { personId: second, bedId: last!.id }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(refused.json().error).toEqual({
      code: 'conflict',
      message: bedTakenMessage,
      reason: 'bed_taken',
    });

    const open = await t.database.db
      .selectFrom('bed_assignments')
      .select('stay_id')
      .where('bed_id', '=', last!.id)
      .where('to_at', 'is', null)
      .execute();
    expect(open).toHaveLength(1);
    // The refused request left nothing behind: no stay without a bed.
    const stays = await t.database.db.selectFrom('stays').select('id').execute();
    expect(stays.map((s) => s.id)).toEqual([open[0]!.stay_id]);
  });

  it('registers a household known by alias with its stay: the loser of the last bed leaves no one behind, and a retry registers nobody twice', async () => {
    const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
    await startShift(t, nightWatch);
    const found = await post(t, leader, '/api/capacity/find', {
      adultGender: 'female',
      childAges: [6],
    });
    const [best, other] = found.json().options as { beds: { id: string }[] }[];
    const household = (alias: string, beds: { id: string }[]) => ({
      newPerson: { alias, gender: 'female' },
      bedId: beds[0]!.id,
      children: [{ alias: `${alias}-barn`, age: 6, bedId: beds[1]!.id }],
    });
    const persons = (alias: string) =>
      t.database.db
        .selectFrom('persons')
        .select(['id', 'is_child'])
        .where('alias', 'in', [alias, `${alias}-barn`])
        .execute();

    const answers = await Promise.all([
      startStay(t, leader, household('Hegre', best!.beds)),
      startStay(t, nightWatch, household('Vipe', best!.beds)),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(refused.json().error).toMatchObject({ code: 'conflict', reason: 'bed_taken' });
    const [winner, loser] = answers[0]!.statusCode === 201 ? ['Hegre', 'Vipe'] : ['Vipe', 'Hegre'];
    const won = answers.find((a) => a.statusCode === 201)!.json();
    expect((await persons(winner)).map((p) => p.id).sort()).toEqual(
      [won.personId, ...won.childIds].sort(),
    );
    // The refused household was never registered: nobody is left without a stay.
    expect(await persons(loser)).toEqual([]);

    const session = loser === 'Hegre' ? leader : nightWatch;
    const retry = await startStay(t, session, household(loser, other!.beds));
    expect(retry.statusCode, retry.body).toBe(201);
    const registered = await persons(loser);
    expect(registered).toHaveLength(2);
    const stay = retry.json();
    expect(registered.find((p) => p.is_child === 0)!.id).toBe(stay.personId);
    expect(bedById(await getBoard(t, leader), other!.beds[1]!.id).occupant).toMatchObject({
      label: `${loser}-barn`,
      isChild: true,
    });
    const relation = await t.database.db
      .selectFrom('person_relations')
      .select(['adult_id', 'child_id'])
      .where('child_id', '=', stay.childIds[0])
      .executeTakeFirst();
    expect(relation).toEqual({ adult_id: stay.personId, child_id: stay.childIds[0] });
  });

  it('asks for either a person or an alias, and an age for a child known by alias only', async () => {
    const board = await getBoard(t, leader);
    const [bed] = bedsIn(board, women, 'Rom 1');
    const neither = await startStay(t, leader, { bedId: bed!.id });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.fields[0]).toMatchObject({ code: 'one_of' });
    const [mother, , cot] = bedsIn(board, women, 'Rom 5');
    const ageless = await startStay(t, leader, {
      newPerson: { alias: 'Lerke', gender: 'female' },
      bedId: mother!.id,
      children: [{ alias: 'Lerke-barn', bedId: cot!.id }],
    });
    expect(ageless.statusCode).toBe(400);
    expect(ageless.json().error.fields[0]).toMatchObject({ code: 'age_missing' });
    expect(
      await t.database.db.selectFrom('persons').select('id').where('alias', '=', 'Lerke').execute(),
    ).toEqual([]);
  });

  it('is guarded by the database itself: a second open assignment for a bed cannot be written', async () => {
    const person = await newPerson(t, leader, { alias: 'Elg', gender: 'male' });
    const other = await newPerson(t, leader, { alias: 'Rev', gender: 'male' });
    const board = await getBoard(t, leader);
    const [bed] = bedsIn(board, 'Plass for enslige menn', 'Rom 1');
    const stay = (await startStay(t, leader, { personId: person, bedId: bed!.id })).json();
    const row = {
      id: newId(),
      centre_id: (
        await t.database.db.selectFrom('stays').select('centre_id').executeTakeFirstOrThrow()
      ).centre_id,
      stay_id: stay.id,
      person_id: other,
      bed_id: bed!.id,
      from_at: t.clock.now().toISOString(),
      to_at: null,
      created_by: 'test',
      created_at: t.clock.now().toISOString(),
    };
    await expect(
      t.database.db.insertInto('bed_assignments').values(row).execute(),
    ).rejects.toThrow();
    // A closed assignment for the same bed is history and may be written.
    await t.database.db
      .insertInto('bed_assignments')
      .values({ ...row, id: newId(), to_at: t.clock.now().toISOString() })
      .execute();
  });

  it('frees the beds into cleaning at departure, and offers them again once marked ready', async () => {
    const person = await newPerson(t, leader, { alias: 'Måne', gender: 'female' });
    const [bed] = bedsIn(await getBoard(t, leader), women, 'Rom 2');
    const arrivalAt = new Date(t.clock.now().getTime() - 3 * 86_400_000).toISOString();
    const stay = (
      await startStay(t, leader, { personId: person, bedId: bed!.id, arrivalAt })
    ).json();
    const leftAt = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const departed = await endStay(t, leader, stay.id, { version: 1, at: leftAt });
    expect(departed.statusCode, departed.body).toBe(201);
    expect(bedById(await getBoard(t, leader), bed!.id)).toMatchObject({
      state: 'being_cleaned',
      since: leftAt,
      occupant: null,
    });
    const someoneElse = await newPerson(t, leader, { alias: 'Vind', gender: 'female' });
    const tooEarly = await startStay(t, leader, { personId: someoneElse, bedId: bed!.id });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.message).toMatch(/being cleaned/);

    const ready = await post(t, leader, `/api/capacity/beds/${bed!.id}/ready`);
    expect(ready.json()).toEqual({ bedId: bed!.id, state: 'free' });
    expect(bedById(await getBoard(t, leader), bed!.id).state).toBe('free');
    expect((await post(t, leader, `/api/capacity/beds/${bed!.id}/ready`)).statusCode).toBe(409);
    expect((await startStay(t, leader, { personId: someoneElse, bedId: bed!.id })).statusCode).toBe(
      201,
    );
    const ended = await endStay(t, leader, stay.id, { version: 2 });
    expect(ended.statusCode).toBe(409);
  });

  it('ends a stay only with its departure: no path ends it without destination and reason', async () => {
    const person = await newPerson(t, leader, { alias: 'Elv', gender: 'female' });
    const [bed] = bedsIn(await getBoard(t, leader), women, 'Rom 1');
    const stay = (await startStay(t, leader, { personId: person, bedId: bed!.id })).json();
    // The board's old shortcut is gone: the stay goes on, with no departure missing its record.
    const shortcut = await post(t, leader, `/api/capacity/stays/${stay.id}/depart`, { version: 1 });
    expect(shortcut.statusCode).toBe(404);
    expect(bedById(await getBoard(t, leader), bed!.id).state).toBe('occupied');
    const departed = await endStay(t, leader, stay.id, { version: 1 });
    expect(departed.statusCode, departed.body).toBe(201);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/stays/${stay.id}/departure`,
      headers: leader.headers,
    });
    expect(view.json().departure).toMatchObject({ destination: 'unknown', reason: 'other' });
    expect(bedById(await getBoard(t, leader), bed!.id).state).toBe('being_cleaned');
  });

  it('keeps moves as history, and refuses a move that states a stale version', async () => {
    const person = await newPerson(t, leader, { alias: 'Skog', gender: 'female' });
    const board = await getBoard(t, leader);
    const [from] = bedsIn(board, women, 'Rom 1');
    const [to] = bedsIn(board, women, 'Rom 2');
    const arrivalAt = new Date(t.clock.now().getTime() - 86_400_000).toISOString();
    const stay = (
      await startStay(t, leader, { personId: person, bedId: from!.id, arrivalAt })
    ).json();
    const moved = await post(t, leader, `/api/capacity/stays/${stay.id}/move`, {
      version: 1,
      moves: [{ personId: person, bedId: to!.id }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().version).toBe(2);
    const after = await getBoard(t, leader);
    expect(bedById(after, from!.id).state).toBe('being_cleaned');
    expect(bedById(after, to!.id).occupant).toMatchObject({ stayVersion: 2, day: 2 });

    const history = await t.database.db
      .selectFrom('bed_assignments')
      .select(['bed_id', 'from_at', 'to_at'])
      .where('stay_id', '=', stay.id)
      .orderBy('from_at')
      .execute();
    expect(history).toEqual([
      { bed_id: from!.id, from_at: arrivalAt, to_at: t.clock.now().toISOString() },
      { bed_id: to!.id, from_at: t.clock.now().toISOString(), to_at: null },
    ]);

    const stale = await endStay(t, leader, stay.id, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/changed this record/);
    const backToDirty = await post(t, leader, `/api/capacity/stays/${stay.id}/move`, {
      version: 2,
      moves: [{ personId: person, bedId: from!.id }],
    });
    expect(backToDirty.statusCode).toBe(409);
  });

  it('takes a bed out of service and back, but not while someone sleeps in it', async () => {
    const [bed, occupiedBed] = bedsIn(await getBoard(t, leader), women, 'Rom 3');
    const out = await post(t, leader, `/api/capacity/beds/${bed!.id}/out-of-service`, {
      reason: 'Knekt sengebunn',
    });
    expect(out.json()).toEqual({ bedId: bed!.id, state: 'out_of_service' });
    expect(bedById(await getBoard(t, leader), bed!.id)).toMatchObject({
      state: 'out_of_service',
      reason: 'Knekt sengebunn',
    });
    const twice = await post(t, leader, `/api/capacity/beds/${bed!.id}/out-of-service`, {
      reason: 'Igjen',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.reason).toBe('already_out_of_service');
    expect((await post(t, leader, `/api/capacity/beds/${bed!.id}/in-service`)).json()).toEqual({
      bedId: bed!.id,
      state: 'free',
    });
    expect((await post(t, leader, `/api/capacity/beds/${bed!.id}/in-service`)).statusCode).toBe(
      409,
    );

    const person = await newPerson(t, leader, { alias: 'Hav', gender: 'female' });
    await startStay(t, leader, { personId: person, bedId: occupiedBed!.id });
    const busy = await post(t, leader, `/api/capacity/beds/${occupiedBed!.id}/out-of-service`, {
      reason: 'Ødelagt',
    });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.reason).toBe('bed_in_use');
  });

  it('audits every write, in the same transaction, naming fields and never values', async () => {
    const person = await newPerson(t, leader, { alias: 'Lyng', gender: 'female' });
    const board = await getBoard(t, leader);
    const [bed] = bedsIn(board, women, 'Rom 1');
    const [other] = bedsIn(board, women, 'Rom 2');
    const stay = (await startStay(t, leader, { personId: person, bedId: bed!.id })).json();
    await post(t, leader, `/api/capacity/stays/${stay.id}/move`, {
      version: 1,
      moves: [{ personId: person, bedId: other!.id }],
    });
    await endStay(t, leader, stay.id, { version: 2 });
    await post(t, leader, `/api/capacity/beds/${bed!.id}/ready`);
    await post(t, leader, `/api/capacity/beds/${other!.id}/ready`);
    await post(t, leader, `/api/capacity/beds/${bed!.id}/out-of-service`, { reason: 'Fukt' });
    await post(t, leader, `/api/capacity/beds/${bed!.id}/in-service`);
    const entries = (await capacityAudit(t)).filter((e) => e.action !== 'capacity.demo_load');
    expect(entries.map((e) => [e.action, e.record_type, e.record_id])).toEqual([
      ['capacity.stay.start', 'stay', stay.id],
      ['capacity.stay.move', 'stay', stay.id],
      ['capacity.stay.depart', 'stay', stay.id],
      ['capacity.bed.ready', 'bed', bed!.id],
      ['capacity.bed.ready', 'bed', other!.id],
      ['capacity.bed.out_of_service', 'bed', bed!.id],
      ['capacity.bed.in_service', 'bed', bed!.id],
    ]);
    const reasons = await t.database.db
      .selectFrom('audit_entries')
      .select('fields')
      .where('action', '=', 'capacity.bed.out_of_service')
      .executeTakeFirstOrThrow();
    expect(reasons.fields).not.toContain('Fukt');
  });
});
