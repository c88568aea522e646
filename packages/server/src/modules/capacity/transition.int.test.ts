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
  startShift,
  startStay,
  unitNamed,
} from './test-support.ts';

/*
 * Trondheim's men's apartment as a transition home (DOMAIN.md §4): when the women's centre is
 * full a woman may live there, and must move quickly when a man needs the place.
 */

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T02:00:00Z') });
  await withDemoCentre(t, 'trondheim');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader', 'trondheim');
});
afterEach(async () => t.close());

const women = 'Kvinnesenteret';
const apartment = 'Leilighet for menn med barn';
const father = { adultGender: 'male', childAges: [4] };

interface VacateAlert {
  code: string;
  stayId: string;
  raisedAt: string;
  occupantLabel: string | null;
  canOpenStay: boolean;
  waitingIds: string[];
}

const find = async (session: Session, payload: object) => {
  const res = await post(t, session, '/api/capacity/find', payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { options: { unitName: string }[]; alerts: VacateAlert[] };
};

const get = async (session: Session, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Every room of the women's centre taken; then Rosa is given the men's apartment. */
async function lendTheApartment(): Promise<{ stayId: string; firstWomanStay: string }> {
  const board = await getBoard(t, leader);
  const stays: string[] = [];
  for (const room of unitNamed(board, women).rooms) {
    const person = await newPerson(t, leader, { alias: `K${room.name}`, gender: 'female' });
    const res = await startStay(t, leader, { personId: person, bedId: room.beds[0]!.id });
    expect(res.statusCode, res.body).toBe(201);
    stays.push(res.json().id as string);
  }
  const found = await find(leader, { adultGender: 'female' });
  expect(found.options.map((o) => o.unitName)).toEqual([apartment]);
  const rosa = await newPerson(t, leader, { alias: 'Rosa', gender: 'female' });
  const [bed] = bedsIn(await getBoard(t, leader), apartment, 'Rom 1');
  const res = await startStay(t, leader, { personId: rosa, bedId: bed!.id });
  expect(res.json().flags).toEqual({ lentScreened: false, transitionForWoman: true });
  return { stayId: res.json().id as string, firstWomanStay: stays[0]! };
}

const transitionHomeOnResidents = async (session: Session, stayId: string) =>
  (
    (await get(session, '/api/stays/residents')).items as {
      stayId: string;
      transitionHome: unknown;
    }[]
  ).find((r) => r.stayId === stayId)?.transitionHome;

describe('the men’s apartment lent to a woman as a transition home', () => {
  it('raises "she must move" when a search for a father finds nothing else, and keeps it, dated', async () => {
    const { stayId } = await lendTheApartment();
    // Lent, and nobody needs it yet: her page and the residents list say she must move if a man does.
    expect((await getBoard(t, leader)).alerts).toEqual([]);
    expect((await get(leader, `/api/stays/${stayId}`)).transitionHome).toEqual({ raisedAt: null });
    expect(await transitionHomeOnResidents(leader, stayId)).toEqual({ raisedAt: null });

    // A single man has Leistad: nothing is raised.
    const single = await find(leader, { adultGender: 'male' });
    expect(single.options.map((o) => o.unitName)).toEqual(['Plass for enslige menn']);
    expect(single.alerts).toEqual([]);
    expect((await getBoard(t, leader)).alerts).toEqual([]);

    // A father with a four-year-old: no place but the apartment. The search says who must move.
    const raisedAt = t.clock.now().toISOString();
    const search = await find(leader, father);
    expect(search.options).toEqual([]);
    expect(search.alerts).toEqual([
      expect.objectContaining({
        code: 'vacate_transition_place',
        stayId,
        raisedAt,
        occupantLabel: 'Rosa',
        canOpenStay: true,
      }),
    ]);

    // Ten minutes later the board still says so, with the same date; a second search changes nothing.
    t.clock.advance(600_000);
    expect((await find(leader, father)).alerts[0]!.raisedAt).toBe(raisedAt);
    expect((await getBoard(t, leader)).alerts).toEqual([
      expect.objectContaining({ stayId, raisedAt, occupantLabel: 'Rosa', canOpenStay: true }),
    ]);
    expect((await get(leader, `/api/stays/${stayId}`)).transitionHome).toEqual({ raisedAt });
    expect(await transitionHomeOnResidents(leader, stayId)).toEqual({ raisedAt });
    const raised = (await capacityAudit(t)).filter(
      (e) => e.action === 'capacity.stay.vacate_raised',
    );
    expect(raised.map((e) => [e.record_type, e.record_id])).toEqual([['stay', stayId]]);

    // The night watch on shift sees her alias, but her stay page is not the night watch's.
    const night = await loginAs(t, 'night_watch', 'trondheim');
    await startShift(t, night);
    expect((await getBoard(t, night)).alerts).toEqual([
      expect.objectContaining({ stayId, occupantLabel: 'Rosa', canOpenStay: false }),
    ]);
  });

  it('raises it while a father waits, from when he was put on the list, and ends it when she moves', async () => {
    const { stayId, firstWomanStay } = await lendTheApartment();
    t.clock.advance(60_000);
    const since = t.clock.now().toISOString();
    const entry = await post(t, leader, '/api/capacity/waiting', { label: 'F.N.', ...father });
    expect(entry.statusCode, entry.body).toBe(201);
    t.clock.advance(60_000);
    expect((await getBoard(t, leader)).alerts).toEqual([
      expect.objectContaining({ stayId, raisedAt: since, waitingIds: [entry.json().id] }),
    ]);

    // A room of the women's centre comes free; she moves there, and the apartment is his.
    expect((await endStay(t, leader, firstWomanStay, { version: 1 })).statusCode).toBe(201);
    const [bed] = bedsIn(await getBoard(t, leader), women, 'Rom 1');
    await post(t, leader, `/api/capacity/beds/${bed!.id}/ready`);
    const rosa = (await get(leader, `/api/stays/${stayId}`)).person.id as string;
    const moved = await post(t, leader, `/api/capacity/stays/${stayId}/move`, {
      version: 1,
      moves: [{ personId: rosa, bedId: bed!.id }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().flags.transitionForWoman).toBe(false);
    expect((await getBoard(t, leader)).alerts).toEqual([]);
    expect((await get(leader, `/api/stays/${stayId}`)).transitionHome).toBeNull();
  });
});
