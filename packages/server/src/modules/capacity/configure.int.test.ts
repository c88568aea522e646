import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import {
  bedsIn,
  capacityAudit,
  endStay,
  getBoard,
  newPerson,
  post,
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

const send = (method: 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: leader.headers, ...(payload ? { payload } : {}) });

interface Configuration {
  sites: {
    id: string;
    name: string;
    version: number;
    units: {
      id: string;
      name: string;
      targetGroup: string;
      version: number;
      demoValues: string[];
      rooms: {
        id: string;
        name: string;
        version: number;
        beds: { id: string; version: number }[];
      }[];
    }[];
  }[];
}
const configuration = async () =>
  (
    await t.app.inject({
      method: 'GET',
      url: '/api/capacity/configuration',
      headers: leader.headers,
    })
  ).json() as Configuration;

describe('configuring places', () => {
  it('builds a new site with a unit, a room and beds, which the board then shows', async () => {
    const site = await post(t, leader, '/api/capacity/sites', { name: 'Nytt hus' });
    expect(site.statusCode, site.body).toBe(201);
    const unit = await post(t, leader, '/api/capacity/units', {
      siteId: site.json().id,
      name: 'Leilighet A',
      kind: 'apartment',
      allocation: 'whole_unit',
      targetGroup: 'any',
      accessible: true,
      features: ['lift'],
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const room = await post(t, leader, '/api/capacity/rooms', {
      unitId: unit.json().id,
      name: 'Soverom',
    });
    for (const [label, kind] of [
      ['Seng 1', 'bed'],
      ['Sprinkelseng', 'cot'],
    ])
      expect(
        (
          await post(t, leader, '/api/capacity/beds', {
            roomId: room.json().id,
            label,
            kind,
          })
        ).statusCode,
      ).toBe(201);
    const board = await getBoard(t, leader);
    expect(unitNamed(board, 'Leilighet A').totals).toMatchObject({ beds: 2, free: 2 });
    expect(bedsIn(board, 'Leilighet A', 'Soverom').map((b) => b.label)).toEqual([
      'Seng 1',
      'Sprinkelseng',
    ]);
    const invalid = await post(t, leader, '/api/capacity/units', {
      siteId: site.json().id,
      name: '',
      kind: 'castle',
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('refuses to remove a bed, room, unit or site while someone sleeps there', async () => {
    const board = await getBoard(t, leader);
    const [bed] = bedsIn(board, 'Plass for enslige menn', 'Rom 1');
    const man = await newPerson(t, leader, { alias: 'Trekk', gender: 'male' });
    const stay = (await startStay(t, leader, { personId: man, bedId: bed!.id })).json();
    const config = await configuration();
    const leistad = config.sites.find((s) => s.name === 'Leistad helsehus')!;
    const unit = leistad.units[0]!;
    const room = unit.rooms[0]!;
    for (const [path, id, version] of [
      ['beds', bed!.id, 1],
      ['rooms', room.id, room.version],
      ['units', unit.id, unit.version],
      ['sites', leistad.id, leistad.version],
    ] as const) {
      const res = await send('DELETE', `/api/capacity/${path}/${id}?version=${version}`);
      expect(res.statusCode, path).toBe(409);
      expect(res.json().error.message).toMatch(/sleeps/);
      // The reason a client acts on: the bed itself, or how many beds of what is removed.
      expect(res.json().error, path).toMatchObject(
        path === 'beds' ? { reason: 'bed_in_use' } : { reason: 'beds_in_use', count: 1 },
      );
    }
    await endStay(t, leader, stay.id, { version: 1 });
    const removed = await send(
      'DELETE',
      `/api/capacity/sites/${leistad.id}?version=${leistad.version}`,
    );
    expect(removed.statusCode, removed.body).toBe(204);
    const after = await getBoard(t, leader);
    expect(after.sites.map((s) => s.name)).not.toContain('Leistad helsehus');
    // Removed softly: the stay's history still points at its bed.
    const history = await t.database.db
      .selectFrom('beds')
      .select('removed_at')
      .where('id', '=', bed!.id)
      .executeTakeFirstOrThrow();
    expect(history.removed_at).not.toBeNull();
    expect((await send('DELETE', `/api/capacity/beds/${bed!.id}?version=1`)).statusCode).toBe(404);
  });

  it('refuses a new target group while people of the current one live in the unit', async () => {
    const config = await configuration();
    const women = config.sites.flatMap((s) => s.units).find((u) => u.name === 'Kvinnesenteret')!;
    const board = await getBoard(t, leader);
    const woman = await newPerson(t, leader, { alias: 'Tind', gender: 'female' });
    const stay = (
      await startStay(t, leader, {
        personId: woman,
        bedId: bedsIn(board, 'Kvinnesenteret', 'Rom 1')[0]!.id,
      })
    ).json();
    const toMen = await send('PATCH', `/api/capacity/units/${women.id}`, {
      version: women.version,
      targetGroup: 'men',
    });
    expect(toMen.statusCode).toBe(409);
    expect(toMen.json().error.message).toMatch(/current target group/);
    // A group she still belongs to is fine.
    const toAny = await send('PATCH', `/api/capacity/units/${women.id}`, {
      version: women.version,
      targetGroup: 'any',
    });
    expect(toAny.statusCode, toAny.body).toBe(200);
    await endStay(t, leader, stay.id, { version: 1 });
    const empty = await send('PATCH', `/api/capacity/units/${women.id}`, {
      version: women.version + 1,
      targetGroup: 'men',
    });
    expect(empty.statusCode).toBe(200);
  });

  it('answers 409 to a stale version, and changes only the fields sent', async () => {
    const config = await configuration();
    const unit = config.sites.flatMap((s) => s.units).find((u) => u.name === 'Kvinnesenteret')!;
    expect(unit.demoValues).toEqual(['accessible', 'floor', 'rooms']);
    const first = await send('PATCH', `/api/capacity/units/${unit.id}`, {
      version: unit.version,
      floor: 0,
    });
    expect(first.json()).toEqual({ version: unit.version + 1 });
    const stale = await send('PATCH', `/api/capacity/units/${unit.id}`, {
      version: unit.version,
      name: 'Gammelt navn',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.reason).toBe('stale_version');
    const after = (await configuration()).sites
      .flatMap((s) => s.units)
      .find((u) => u.id === unit.id)!;
    // The floor is now the leader's own value; the other demo marks and every other field stay.
    expect(after).toMatchObject({
      name: 'Kvinnesenteret',
      targetGroup: 'women_and_children',
      demoValues: ['accessible', 'rooms'],
    });
    const room = after.rooms[0]!;
    const renamed = await send('PATCH', `/api/capacity/rooms/${room.id}`, {
      version: room.version,
      name: 'Rom A',
    });
    expect(renamed.statusCode).toBe(200);
    expect(
      (await send('PATCH', `/api/capacity/rooms/${room.id}`, { version: room.version, name: 'B' }))
        .statusCode,
    ).toBe(409);
  });

  it('audits every change to the configuration', async () => {
    const site = (await post(t, leader, '/api/capacity/sites', { name: 'Anneks' })).json();
    await send('PATCH', `/api/capacity/sites/${site.id}`, { version: 1, name: 'Annekset' });
    await send('DELETE', `/api/capacity/sites/${site.id}?version=2`);
    const entries = (await capacityAudit(t)).filter((e) => e.record_id === site.id);
    expect(entries.map((e) => [e.action, e.verb, e.record_type])).toEqual([
      ['capacity.site.create', 'create', 'site'],
      ['capacity.site.update', 'update', 'site'],
      ['capacity.site.delete', 'delete', 'site'],
    ]);
  });
});
