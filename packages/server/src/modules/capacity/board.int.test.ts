import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { bedsIn, getBoard, startShift, unitNamed, unitsOf } from './test-support.ts';

let t: TestApp;
let leader: Session;

beforeEach(async () => {
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  leader = await loginAs(t, 'unit_leader');
});
afterEach(async () => t.close());

describe('the board', () => {
  it('shows every site, unit, room and bed of the demo centre with its state and totals', async () => {
    const board = await getBoard(t, leader);
    expect(board.sites.map((s) => s.name)).toEqual([
      'Hovedhuset',
      'Leilighetene',
      'Krisesenter for menn',
    ]);
    expect(unitsOf(board)).toHaveLength(5);
    // Selje and her son live in the transition apartment (demo-reestablishment.ts).
    expect(board.totals).toEqual({
      beds: 45,
      places: 45,
      free: 30,
      // One household per room: Lilje's spare bed and the apartments families have offer nothing.
      offered: 22,
      offeredPlaces: 9,
      occupied: 11,
      lent: 0,
      reserved: 2,
      beingCleaned: 1,
      outOfService: 1,
      persons: 11,
      adults: 6,
      children: 5,
    });
    const house = unitNamed(board, 'Hovedhuset');
    expect(house.rooms).toHaveLength(11);
    expect(house.totals).toMatchObject({ beds: 30, occupied: 6, beingCleaned: 1, outOfService: 1 });
    expect(bedsIn(board, 'Hovedhuset', 'Rom 6')[0]).toMatchObject({
      state: 'reserved',
      occupant: null,
      reservation: { label: 'A.H.' },
    });

    const [adult, first, second, free] = bedsIn(board, 'Hovedhuset', 'Rom 1');
    expect(adult).toMatchObject({
      label: 'Seng 1',
      state: 'occupied',
      occupant: { label: 'Lilje', isChild: false, day: 13, stayVersion: 1 },
    });
    expect(first!.occupant).toMatchObject({ label: 'Spurv', isChild: true });
    expect(second!.occupant!.stayId).toBe(adult!.occupant!.stayId);
    expect(free).toMatchObject({ state: 'free', occupant: null });

    const [cleaning] = bedsIn(board, 'Hovedhuset', 'Rom 8');
    expect(cleaning).toMatchObject({ state: 'being_cleaned', occupant: null });
    expect(new Date(cleaning!.since!).getTime()).toBeLessThan(Date.parse(board.at));
    expect(bedsIn(board, 'Hovedhuset', 'Rom 11')[1]).toMatchObject({
      state: 'out_of_service',
      reason: 'Ødelagt madrass (demo)',
    });
  });

  it('counts as free only what can be offered: one household per room, an apartment as a whole', async () => {
    const board = await getBoard(t, leader);
    // Lilje and her two children have three of Rom 1's four beds: the fourth is nobody else's.
    const house = unitNamed(board, 'Hovedhuset');
    const room1 = house.rooms.find((r) => r.name === 'Rom 1')!;
    expect(room1.idle).toEqual({ beds: 1, because: 'household' });
    expect(house.rooms.find((r) => r.name === 'Rom 6')!.idle).toMatchObject({
      because: 'reserved',
    });
    expect(house.totals.offered).toBeLessThan(house.totals.free);
    // Ask and his son have the men's apartment as a whole: its empty beds offer nothing.
    const apartment = unitNamed(board, 'Leilighet for menn (med barn)');
    expect(apartment.totals).toMatchObject({ beds: 4, free: 2, offered: 0, offeredPlaces: 0 });
    expect(apartment.idle).toEqual({ beds: 2, because: 'household' });
    const sum = (key: 'offered' | 'offeredPlaces') =>
      unitsOf(board).reduce((n, u) => n + u.totals[key], 0);
    expect(board.totals.offered).toBe(sum('offered'));
    expect(board.totals.offeredPlaces).toBe(sum('offeredPlaces'));
  });

  it('marks the values the demo chose', async () => {
    const board = await getBoard(t, leader);
    expect(board.sites[1]).toMatchObject({ name: 'Leilighetene', demoValues: ['name'] });
    expect(unitNamed(board, 'Hovedhuset')).toMatchObject({
      demoValues: ['accessible', 'floor', 'boysMaxAge'],
    });
  });

  it('filters by target group and universal design, totals following the filter', async () => {
    const men = await getBoard(t, leader, '?targetGroup=men');
    expect(unitsOf(men).map((u) => u.name)).toEqual(['Leiligheten for menn']);
    expect(men.totals).toMatchObject({ beds: 3, occupied: 1, free: 2, persons: 1 });
    const accessible = await getBoard(t, leader, '?accessible=true');
    expect(unitsOf(accessible).every((u) => u.accessible)).toBe(true);
    expect(unitsOf(accessible).map((u) => u.name)).toEqual([
      'Leilighet for menn (med barn)',
      'Leilighet for forlenget opphold 1',
      'Leiligheten for menn',
    ]);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/capacity/board?targetGroup=everyone',
      headers: leader.headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('names occupants by alias or initials only, and only to those who may open them', async () => {
    const coordinator = await loginAs(t, 'coordinator');
    const offShift = await getBoard(t, coordinator);
    const labels = (b: typeof offShift) =>
      unitsOf(b)
        .flatMap((u) => u.rooms.flatMap((r) => r.beds))
        .filter((bed) => bed.occupant)
        .map((bed) => bed.occupant!.label);
    expect(labels(offShift)).toHaveLength(11);
    // Off shift she sees her own households only: the stays she is primary contact for
    // (Lilje, Furu, Måke, and the children with them); everyone else stays unnamed.
    expect(labels(offShift).filter((label) => label !== null)).toEqual([
      'Lilje',
      'Spurv',
      'Meis',
      'Furu',
      'Linerle',
      'Måke',
    ]);
    await startShift(t, coordinator);
    const onShift = labels(await getBoard(t, coordinator));
    expect(onShift).toContain('Ask');
    expect(onShift.every((label) => label !== null)).toBe(true);
  });

  it('never shows a full name', async () => {
    const person = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: leader.headers,
      payload: { firstName: 'Kari', lastName: 'Nordmann', gender: 'female' },
    });
    const board = await getBoard(t, leader);
    const bed = bedsIn(board, 'Hovedhuset', 'Rom 9')[0]!;
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/capacity/stays',
      headers: leader.headers,
      payload: { personId: person.json().id, bedId: bed.id },
    });
    expect(started.statusCode, started.body).toBe(201);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/capacity/board',
      headers: leader.headers,
    });
    expect(res.body).not.toContain('Kari');
    expect(res.body).not.toContain('Nordmann');
    expect(bedsIn(res.json(), 'Hovedhuset', 'Rom 9')[0]!.occupant).toMatchObject({
      label: 'K.N.',
      day: 1,
    });
  });
});
