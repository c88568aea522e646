import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import {
  bedById,
  bedsIn,
  getBoard,
  newPerson,
  post,
  startShift,
  startStay,
  unitNamed,
} from './test-support.ts';

let t: TestApp;

// 03:00 in Oslo (UTC+1 in November): the night watch is alone and the phone rings.
beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T02:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'moss');
  await t.app.ready();
});
afterEach(async () => t.close());

const find = (session: Session, payload: object) => post(t, session, '/api/capacity/find', payload);

interface Found {
  options: {
    rank: number;
    unitName: string;
    roomName: string | null;
    beds: { id: string; kind: string }[];
    tier: string;
    condition: string | null;
    stayFlags: { lentScreened: boolean; transitionForWoman: boolean };
  }[];
  notFitting: { unitName: string; reasons: string[] }[];
  alerts: { code: string; lentStayId?: string }[];
}

describe('find a place', () => {
  it('finds a room for a woman with three children at three at night', async () => {
    const nightWatch = await loginAs(t, 'night_watch');
    const res = await find(nightWatch, { adultGender: 'female', childAges: [9, 5, 1] });
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json() as Found;
    const notFitting = found.notFitting.map(({ unitName, reasons }) => ({ unitName, reasons }));
    // Rom 1 is Lilje's; Rom 2 has four free beds; the accessible apartment is kept for those who need it.
    expect(found.options[0]).toMatchObject({
      rank: 1,
      unitName: 'Hovedhuset',
      roomName: 'Rom 2',
      tier: 'regular',
      condition: null,
    });
    expect(found.options[0]!.beds).toHaveLength(4);
    expect(found.options.map((o) => o.unitName)).toEqual([
      'Hovedhuset',
      'Leilighet for forlenget opphold 1',
    ]);
    const cot = found.options[1]!.beds[3]!;
    expect(cot.kind).toBe('cot');
    expect(notFitting).toEqual(
      expect.arrayContaining([
        { unitName: 'Leilighet for menn (med barn)', reasons: ['wrong_target_group'] },
        {
          unitName: 'Leilighet for forlenget opphold 2',
          reasons: ['not_enough_beds', 'transition_apartment'],
        },
        { unitName: 'Leiligheten for menn', reasons: ['wrong_target_group', 'not_enough_beds'] },
      ]),
    );
  });

  it('finds a man a place in men’s housing or an apartment for anyone, never in the women’s house', async () => {
    const nightWatch = await loginAs(t, 'night_watch');
    const found = (await find(nightWatch, { adultGender: 'male' })).json() as Found;
    const places = found.options.map((o) => `${o.unitName} / ${o.roomName ?? '(whole unit)'}`);
    // The second extended-stay apartment is the demo's transition apartment: no crisis stays.
    expect(places).toEqual([
      'Leiligheten for menn / Soverom 2',
      'Leiligheten for menn / Soverom 3',
      'Leilighet for forlenget opphold 1 / (whole unit)',
    ]);
    expect(found.notFitting).toContainEqual(
      expect.objectContaining({ unitName: 'Hovedhuset', reasons: ['wrong_target_group'] }),
    );
    const accessibleGround = (
      await find(nightWatch, { adultGender: 'male', accessible: true, floor: 'ground_floor' })
    ).json() as Found;
    expect(accessibleGround.options.map((o) => o.unitName)).toEqual([
      'Leilighet for forlenget opphold 1',
    ]);
  });

  it('offers the screened unit first to someone who meets its criteria, and lends it only when the rest is full', async () => {
    const leader = await loginAs(t, 'unit_leader', 'moss');
    const meets = (
      await find(leader, { adultGender: 'female', meetsScreenedCriteria: true })
    ).json() as Found;
    expect(meets.options[0]).toMatchObject({ unitName: 'Rom 23', tier: 'screened_target' });
    const other = (await find(leader, { adultGender: 'female' })).json() as Found;
    expect(other.options.every((o) => o.unitName === 'Beboerdelen')).toBe(true);
    expect(other.notFitting).toContainEqual(
      expect.objectContaining({
        unitName: 'Rom 23',
        reasons: ['screened_criteria', 'regular_place_available'],
      }),
    );

    // The residents' part is full (here: every bed out of service): rom 23 may be lent.
    const board = await getBoard(t, leader);
    const house = unitNamed(board, 'Beboerdelen');
    for (const room of house.rooms)
      for (const bed of room.beds) {
        const res = await post(t, leader, `/api/capacity/beds/${bed.id}/out-of-service`, {
          reason: 'Vannskade',
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    const lent = (await find(leader, { adultGender: 'female' })).json() as Found;
    expect(lent.options).toHaveLength(1);
    expect(lent.options[0]).toMatchObject({
      unitName: 'Rom 23',
      tier: 'lent',
      condition: 'vacate_for_target_group',
      stayFlags: { lentScreened: true, transitionForWoman: false },
    });

    const guest = await newPerson(t, leader, { alias: 'Gjest', gender: 'female' });
    const stay = await startStay(t, leader, {
      personId: guest,
      bedId: lent.options[0]!.beds[0]!.id,
    });
    expect(stay.statusCode, stay.body).toBe(201);
    expect(stay.json().flags).toEqual({ lentScreened: true, transitionForWoman: false });
    const rom23 = bedById(await getBoard(t, leader), lent.options[0]!.beds[0]!.id);
    expect(rom23).toMatchObject({ state: 'lent', occupant: { label: 'Gjest' } });

    // Someone of the screened group asks: the lent place must be vacated for her.
    const asking = (
      await find(leader, { adultGender: 'female', meetsScreenedCriteria: true })
    ).json() as Found;
    expect(asking.alerts).toEqual([
      expect.objectContaining({ code: 'move_out_of_screened_unit', lentStayId: stay.json().id }),
    ]);

    // She is given a bed in the house meanwhile: the board raises the alert too.
    const [single] = bedsIn(board, 'Beboerdelen', 'Rom 1');
    await post(t, leader, `/api/capacity/beds/${single!.id}/in-service`);
    const vulnerable = await newPerson(t, leader, { alias: 'Sårbar', gender: 'female' });
    const second = await startStay(t, leader, {
      personId: vulnerable,
      bedId: single!.id,
      need: { meetsScreenedCriteria: true },
    });
    expect(second.statusCode, second.body).toBe(201);
    expect((await getBoard(t, leader)).alerts).toEqual([
      expect.objectContaining({
        code: 'move_out_of_screened_unit',
        lentStayId: stay.json().id,
        admittedStayIds: [second.json().id],
      }),
    ]);
  });

  it('refuses to place a man in the women’s house', async () => {
    const nightWatch = await loginAs(t, 'night_watch');
    await startShift(t, nightWatch);
    const man = await newPerson(t, nightWatch, { alias: 'Eik', gender: 'male' });
    const board = await getBoard(t, nightWatch);
    const res = await startStay(t, nightWatch, {
      personId: man,
      bedId: bedsIn(board, 'Hovedhuset', 'Rom 9')[0]!.id,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ code: 'wrong_target_group' }),
    ]);
  });
});
