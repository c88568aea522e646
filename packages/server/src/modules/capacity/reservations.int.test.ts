import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { testEngine } from '../../../test/databases.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { newId } from '../../platform/ids.ts';
import { bedReservedMessage, claimBeds } from './guard.ts';
import {
  bedById,
  bedsIn,
  capacityAudit,
  getBoard,
  newPerson,
  post,
  startShift,
  startStay,
  unitNamed,
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
const hours = (n: number) => new Date(t.clock.now().getTime() + n * 3_600_000).toISOString();

/** The police call: a woman with a 4-year-old and a baby, there in two hours. */
const family = () => ({
  adultGender: 'female',
  childAges: [4, 1],
  label: 'K.N.',
  expectedArrivalAt: hours(2),
  expiresAt: hours(4),
});

const reserve = (session: Session, payload: object) =>
  post(t, session, '/api/capacity/reservations', payload);

async function reservations(session: Session) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/capacity/reservations',
    headers: session.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    id: string;
    version: number;
    label: string;
    beds: { id: string }[];
  }[];
}

/** PostgreSQL sessions of this test's database waiting for a lock another transaction holds. */
async function waitingForLocks(): Promise<number> {
  const { rows } = await sql<{ waiting: number }>`
    select count(*)::int as waiting from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'`.execute(t.database.db);
  return rows[0]!.waiting;
}

async function rom5() {
  return bedsIn(await getBoard(t, leader), women, 'Rom 5').map((b) => b.id);
}

describe('reservations', () => {
  it('hold a fitting room for a household on its way: shown reserved, with label and time', async () => {
    const beds = await rom5();
    const res = await reserve(leader, { ...family(), bedIds: beds });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;

    const board = await getBoard(t, leader);
    for (const bed of beds)
      expect(bedById(board, bed)).toMatchObject({
        state: 'reserved',
        occupant: null,
        reservation: { id, label: 'K.N.', expectedArrivalAt: hours(2), expiresAt: hours(4) },
      });
    expect(unitNamed(board, women).totals.reserved).toBe(3);
    expect(await reservations(leader)).toEqual([
      expect.objectContaining({
        id,
        version: 1,
        label: 'K.N.',
        personId: null,
        need: expect.objectContaining({ adultGender: 'female', childAges: [4, 1] }),
        beds: beds.map((b) => expect.objectContaining({ id: b })),
      }),
    ]);

    // Another family of the same shape is offered the other family room, never this one.
    const found = (
      await post(t, leader, '/api/capacity/find', { adultGender: 'female', childAges: [4, 1] })
    ).json();
    expect(found.options.map((o: { roomName: string }) => o.roomName)).not.toContain('Rom 5');
  });

  it('run the same fit check as starting a stay', async () => {
    const [bed, second, cot] = await rom5();
    const adultInCot = await reserve(leader, { ...family(), childAges: [], bedIds: [cot] });
    expect(adultInCot.statusCode).toBe(400);
    expect(adultInCot.json().error.fields[0]).toMatchObject({ code: 'cot_too_small' });
    const [leistad] = bedsIn(await getBoard(t, leader), 'Plass for enslige menn', 'Rom 1');
    const womanAtLeistad = await reserve(leader, {
      ...family(),
      childAges: [],
      bedIds: [leistad!.id],
    });
    expect(womanAtLeistad.statusCode).toBe(409);
    expect(womanAtLeistad.json().error.message).toMatch(/not offered/);
    const tooFew = await reserve(leader, { ...family(), bedIds: [bed, second] });
    expect(tooFew.json().error.fields[0]).toMatchObject({ code: 'one_bed_per_person' });
    const backwards = await reserve(leader, {
      ...family(),
      bedIds: [bed, second, cot],
      expectedArrivalAt: hours(5),
      expiresAt: hours(4),
    });
    expect(backwards.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.expectedArrivalAt', code: 'arrival_after_expiry' }),
    ]);
    const forever = await reserve(leader, {
      ...family(),
      bedIds: [bed, second, cot],
      expiresAt: hours(49),
    });
    expect(forever.json().error.fields[0]).toMatchObject({ code: 'hold_too_long' });
  });

  it('free their beds by themselves once they expire', async () => {
    const beds = await rom5();
    expect((await reserve(leader, { ...family(), bedIds: beds })).statusCode).toBe(201);
    t.clock.set(new Date(hours(4)));
    leader = await loginAs(t, 'unit_leader', 'trondheim');
    expect(bedById(await getBoard(t, leader), beds[0]!)).toMatchObject({
      state: 'free',
      reservation: null,
    });
    expect(await reservations(leader)).toEqual([]);
    // The expired hold lets go of its beds when they are reserved again.
    const again = await reserve(leader, { ...family(), label: 'Ny', bedIds: beds });
    expect(again.statusCode, again.body).toBe(201);
    const held = await t.database.db
      .selectFrom('bed_reservation_beds')
      .select('reservation_id')
      .where('released_at', 'is', null)
      .execute();
    expect(new Set(held.map((h) => h.reservation_id))).toEqual(new Set([again.json().id]));
  });

  it('keep the beds from anyone else, and are taken up by the household that was expected', async () => {
    const [bed, second, cot] = await rom5();
    const id = (await reserve(leader, { ...family(), bedIds: [bed, second, cot] })).json().id;
    const stranger = await newPerson(t, leader, { alias: 'Fremmed', gender: 'female' });
    const refused = await startStay(t, leader, { personId: stranger, bedId: bed });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/reserved for someone else/);

    const mother = await newPerson(t, leader, { alias: 'Sol', gender: 'female' });
    const boy = await newPerson(t, leader, { alias: 'Gutt', isChild: true, adultIds: [mother] });
    const baby = await newPerson(t, leader, { alias: 'Baby', isChild: true, adultIds: [mother] });
    const came = await startStay(t, leader, {
      personId: mother,
      bedId: bed,
      reservationId: id,
      children: [
        { personId: boy, bedId: second, age: 4 },
        { personId: baby, bedId: cot, age: 1 },
      ],
    });
    expect(came.statusCode, came.body).toBe(201);
    const board = await getBoard(t, leader);
    expect(bedById(board, bed!)).toMatchObject({ state: 'occupied', reservation: null });
    expect(await reservations(leader)).toEqual([]);
    const row = await t.database.db
      .selectFrom('bed_reservations')
      .select(['fulfilled_stay_id', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ fulfilled_stay_id: came.json().id, version: 2 });
    // Taken up once: naming it again is refused.
    const twice = await startStay(t, leader, {
      personId: stranger,
      bedId: bedsIn(board, women, 'Rom 1')[0]!.id,
      reservationId: id,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/already been taken up/);
  });

  it('naming a person are taken up by that person only', async () => {
    const [bed] = bedsIn(await getBoard(t, leader), women, 'Rom 1');
    const expected = await newPerson(t, leader, { alias: 'Ventet', gender: 'female' });
    const other = await newPerson(t, leader, { alias: 'Annen', gender: 'female' });
    const id = (
      await reserve(leader, { ...family(), childAges: [], personId: expected, bedIds: [bed!.id] })
    ).json().id;
    const wrong = await startStay(t, leader, {
      personId: other,
      bedId: bed!.id,
      reservationId: id,
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.message).toBe('This reservation is for someone else.');
    // The person it names takes it up without naming it.
    const came = await startStay(t, leader, { personId: expected, bedId: bed!.id });
    expect(came.statusCode, came.body).toBe(201);
    expect(await reservations(leader)).toEqual([]);
  });

  it('lets exactly one of two staff reserve the last bed at the same moment', async () => {
    const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
    const [last] = bedsIn(await getBoard(t, leader), 'Plass for enslige menn', 'Rom 1');
    const man = {
      adultGender: 'male',
      expectedArrivalAt: hours(1),
      expiresAt: hours(3),
      bedIds: [last!.id],
    };
    const answers = await Promise.all([
      reserve(leader, { ...man, label: 'A.B.' }),
      reserve(nightWatch, { ...man, label: 'C.D.' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(refused.json().error.message).toMatch(/just reserved|reserved for someone else/);
    const rows = await t.database.db.selectFrom('bed_reservations').select('id').execute();
    expect(rows).toHaveLength(1);
  });

  // SQLite runs one write transaction at a time; PostgreSQL runs them side by side, and a stay, a
  // reservation and an out-of-service mark are written to three tables no index spans.
  it.runIf(testEngine === 'postgres')(
    'makes a stay or a reservation wait for another claim on the bed, then refuses it',
    async () => {
      const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
      await startShift(t, nightWatch);
      const woman = await newPerson(t, leader, { alias: 'Kari', gender: 'female' });
      const claims = {
        stay: (bedId: string) => startStay(t, nightWatch, { personId: woman, bedId }),
        reservation: (bedId: string) =>
          reserve(leader, { ...family(), childAges: [], bedIds: [bedId] }),
      };
      for (const [kind, room] of [
        ['stay', 'Rom 1'],
        ['reservation', 'Rom 2'],
      ] as const) {
        const [bed] = bedsIn(await getBoard(t, leader), women, room);
        // Another member of staff is taking the bed out of service, not yet committed.
        let commit!: () => void;
        const committing = new Promise<void>((resolve) => (commit = resolve));
        let holding!: () => void;
        const held = new Promise<void>((resolve) => (holding = resolve));
        const row = await t.database.db
          .selectFrom('beds')
          .select(['id', 'centre_id'])
          .where('id', '=', bed!.id)
          .executeTakeFirstOrThrow();
        const staff = await t.database.db
          .selectFrom('staff_users')
          .select('id')
          .where('centre_id', '=', row.centre_id)
          .executeTakeFirstOrThrow();
        const marking = t.database.db.transaction().execute(async (tx) => {
          await claimBeds(tx, testEngine, [bed!.id], t.clock.now(), { kind: 'out_of_service' });
          await tx
            .insertInto('bed_out_of_service')
            .values({
              id: newId(),
              centre_id: row.centre_id,
              bed_id: bed!.id,
              // Sealed, as the service writes it (the board opens it).
              reason: secretBox(t.ctx.config.encryptionKey).seal('Vannskade'),
              from_at: t.clock.now().toISOString(),
              until_at: null,
              created_by: staff.id,
              ended_by: null,
            })
            .execute();
          holding();
          await committing;
        });
        await held;
        // The request reads the bed free; its write must wait for the mark and then see it.
        const answer = claims[kind](bed!.id);
        await expect.poll(() => waitingForLocks(), { timeout: 10_000 }).toBe(1);
        commit();
        await marking;
        const refused = await answer;
        expect(refused.statusCode, `${kind}: ${refused.body}`).toBe(409);
        expect(refused.json().error.message).toBe('The bed is out of service.');
        expect(bedById(await getBoard(t, leader), bed!.id).state).toBe('out_of_service');
      }
      expect(await reservations(leader)).toEqual([]);
      const stays = await t.database.db.selectFrom('stays').select('id').execute();
      expect(stays).toEqual([]);
    },
  );

  it('are guarded by the database itself: a bed is held by one reservation at a time', async () => {
    const [last] = bedsIn(await getBoard(t, leader), 'Plass for enslige menn', 'Rom 1');
    const first = await reserve(leader, {
      adultGender: 'male',
      label: 'A.B.',
      expectedArrivalAt: hours(1),
      expiresAt: hours(3),
      bedIds: [last!.id],
    });
    const reservation = await t.database.db
      .selectFrom('bed_reservation_beds')
      .selectAll()
      .executeTakeFirstOrThrow();
    await expect(
      t.database.db
        .insertInto('bed_reservation_beds')
        .values({ ...reservation, id: newId() })
        .execute(),
    ).rejects.toThrow();
    expect(first.statusCode).toBe(201);
    expect(bedReservedMessage).toMatch(/just reserved/);
  });

  it('are cancelled with the version read, once, and audited without values', async () => {
    const beds = await rom5();
    const id = (await reserve(leader, { ...family(), bedIds: beds })).json().id;
    const stale = await post(t, leader, `/api/capacity/reservations/${id}/cancel`, { version: 2 });
    expect(stale.statusCode).toBe(409);
    const done = await post(t, leader, `/api/capacity/reservations/${id}/cancel`, { version: 1 });
    expect(done.json()).toEqual({ version: 2 });
    expect(bedById(await getBoard(t, leader), beds[0]!).state).toBe('free');
    const again = await post(t, leader, `/api/capacity/reservations/${id}/cancel`, { version: 2 });
    expect(again.statusCode).toBe(409);
    const unknown = await post(t, leader, `/api/capacity/reservations/${newId()}/cancel`, {
      version: 1,
    });
    expect(unknown.statusCode).toBe(404);
    const entries = (await capacityAudit(t)).filter((e) => e.record_type === 'reservation');
    expect(entries.map((e) => [e.action, e.record_id])).toEqual([
      ['capacity.reservation.create', id],
      ['capacity.reservation.cancel', id],
    ]);
    const fields = await t.database.db
      .selectFrom('audit_entries')
      .select('fields')
      .where('action', '=', 'capacity.reservation.create')
      .executeTakeFirstOrThrow();
    expect(fields.fields).not.toContain('K.N.');
  });

  it('keep their beds from being removed in the configuration until cancelled', async () => {
    const beds = await rom5();
    const id = (await reserve(leader, { ...family(), bedIds: beds })).json().id;
    const remove = () =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/capacity/beds/${beds[0]}?version=1`,
        headers: leader.headers,
      });
    const refused = await remove();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/held by a reservation/);
    expect(bedById(await getBoard(t, leader), beds[0]!).state).toBe('reserved');
    await post(t, leader, `/api/capacity/reservations/${id}/cancel`, { version: 1 });
    expect((await remove()).statusCode).toBe(204);
  });

  it('need the person named to be one the actor may open', async () => {
    const nightWatch = await loginAs(t, 'night_watch', 'trondheim');
    const person = await newPerson(t, leader, { alias: 'Skjult', gender: 'female' });
    const [bed] = bedsIn(await getBoard(t, leader), women, 'Rom 1');
    const payload = { ...family(), childAges: [], personId: person, bedIds: [bed!.id] };
    expect((await reserve(nightWatch, payload)).statusCode).toBe(404);
    await startShift(t, nightWatch);
    expect((await reserve(nightWatch, payload)).statusCode).toBe(201);
  });
});
