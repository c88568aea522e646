import type { Role } from '@havn/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import {
  bedsIn,
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
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
});
afterEach(async () => t.close());

const stayCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('stays')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('who may do what with places', () => {
  it('lets the night watch on shift assign a bed, but not change the configuration', async () => {
    const nightWatch = await loginAs(t, 'night_watch');
    const person = await newPerson(t, leader, { alias: 'Natt', gender: 'female' });
    const [bed] = bedsIn(await getBoard(t, leader), 'Hovedhuset', 'Rom 10');
    const before = await stayCount();

    const offShift = await startStay(t, nightWatch, { personId: person, bedId: bed!.id });
    expect(offShift.statusCode).toBe(404);
    expect(await stayCount()).toBe(before);
    const denial = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('verb', '=', 'deny')
      .where('record_id', '=', person)
      .executeTakeFirstOrThrow();
    expect(denial).toMatchObject({ action: 'capacity.stay.start', reason: 'not_on_shift' });

    await startShift(t, nightWatch);
    expect((await startStay(t, nightWatch, { personId: person, bedId: bed!.id })).statusCode).toBe(
      201,
    );
    const configure = await post(t, nightWatch, '/api/capacity/sites', { name: 'Nytt' });
    expect(configure.statusCode).toBe(403);
    const remove = await t.app.inject({
      method: 'DELETE',
      url: `/api/capacity/beds/${bed!.id}?version=1`,
      headers: nightWatch.headers,
    });
    expect(remove.statusCode).toBe(403);
  });

  it.each<Role>(['finance', 'system_admin', 'municipality_contact'])(
    'keeps %s away from the board, the beds and the history',
    async (role) => {
      const session = await loginAs(t, role);
      const [bed] = bedsIn(await getBoard(t, leader), 'Hovedhuset', 'Rom 10');
      const calls = [
        t.app.inject({ method: 'GET', url: '/api/capacity/board', headers: session.headers }),
        t.app.inject({
          method: 'GET',
          url: '/api/capacity/history?from=2026-01&to=2026-02',
          headers: session.headers,
        }),
        post(t, session, '/api/capacity/find', { adultGender: 'female' }),
        post(t, session, `/api/capacity/beds/${bed!.id}/out-of-service`, { reason: 'x' }),
        post(t, session, '/api/capacity/sites', { name: 'x' }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.statusCode).toBe(403);
        expect(res.body).not.toContain('Lilje');
      }
      expect(
        (
          await t.database.db
            .selectFrom('bed_out_of_service')
            .select('id')
            .where('bed_id', '=', bed!.id)
            .execute()
        ).length,
      ).toBe(0);
    },
  );

  it('treats another centre’s beds, stays and units as not there', async () => {
    const trondheim = await loginAs(t, 'unit_leader', 'trondheim');
    const theirs = await getBoard(t, trondheim);
    const [theirBed] = bedsIn(theirs, 'Kvinnesenteret', 'Rom 1');
    const theirPerson = await newPerson(t, trondheim, { alias: 'Nabo', gender: 'female' });
    const theirStay = (
      await startStay(t, trondheim, { personId: theirPerson, bedId: theirBed!.id })
    ).json();
    const ours = await newPerson(t, leader, { alias: 'Vår', gender: 'female' });

    const answers = [
      await post(t, leader, `/api/capacity/beds/${theirBed!.id}/ready`),
      await post(t, leader, `/api/capacity/beds/${theirBed!.id}/out-of-service`, { reason: 'x' }),
      await startStay(t, leader, { personId: ours, bedId: theirBed!.id }),
      await startStay(t, leader, {
        personId: theirPerson,
        bedId: bedsIn(await getBoard(t, leader), 'Hovedhuset', 'Rom 10')[0]!.id,
      }),
      await endStay(t, leader, theirStay.id, { version: 1 }),
      await t.app.inject({
        method: 'PATCH',
        url: `/api/capacity/units/${theirs.sites[0]!.units[0]!.id}`,
        headers: leader.headers,
        payload: { version: 1, name: 'Overtatt' },
      }),
    ];
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.message).toBe('Not found or no access');
    }
    // Our board shows none of theirs.
    const board = JSON.stringify(await getBoard(t, leader));
    expect(board).not.toContain(theirBed!.id);
    expect(board).not.toContain('Nabo');
  });
});
