import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { loginAs, withDemoCentre, type Session } from '../../../test/auth.ts';
import { call, ok, staffId } from '../intake/test-support.ts';
import {
  bedsIn,
  getBoard,
  newPerson,
  post,
  startShift,
  startStay,
  unitNamed,
} from './test-support.ts';

/*
 * Who a unit may take beyond its target group (issue 13): the age limit for boys in a women's
 * unit (Bergen), and the screened unit's exclusions and lending (Moss, rom 23) — the same rule in
 * find-a-place, the move-in and the intake.
 */

let t: TestApp;

// 03:00 in Oslo on 24 November 2026.
beforeEach(async () => {
  t = await testApp({ start: new Date('2026-11-24T02:00:00Z') });
  await withDemoCentre(t, 'bergen');
  await withDemoCentre(t, 'moss');
  await t.app.ready();
});
afterEach(async () => t.close());

interface Found {
  options: { unitName: string; tier: string; beds: { id: string }[] }[];
  notFitting: {
    unitName: string;
    reasons: string[];
    exclusions: string[];
    boysOverAge: number[];
    boysMaxAge: number | null;
  }[];
}

const find = async (session: Session, payload: object) =>
  ok<Found>(post(t, session, '/api/capacity/find', payload));

/** The reasons a refused placement names, in order. */
const codes = (res: { json: () => { error: { fields: { code: string }[] } } }) =>
  res.json().error.fields.map((f) => f.code);

const rejection = (found: Found, unit: string) => found.notFitting.find((r) => r.unitName === unit);

describe('the age limit for boys (Bergen)', () => {
  it('places a mother with a 15-year-old son in an apartment, saying why not the women’s house', async () => {
    const leader = await loginAs(t, 'unit_leader');
    const config = await ok<{
      sites: {
        units: { id: string; name: string; boysMaxAge: number | null; version: number }[];
      }[];
    }>(call(t, leader, 'GET', '/api/capacity/configuration'));
    const units = config.sites.flatMap((s) => s.units);
    const house = units.find((u) => u.name === 'Hovedhuset')!;
    expect(house.boysMaxAge).toBe(14);
    expect(units.find((u) => u.name === 'Leilighet for forlenget opphold 1')?.boysMaxAge).toBe(
      null,
    );

    const withSon = await find(leader, {
      adultGender: 'female',
      childAges: [15],
      childSexes: ['boy'],
    });
    expect(withSon.options.map((o) => o.unitName)).toEqual(['Leilighet for forlenget opphold 1']);
    expect(rejection(withSon, 'Hovedhuset')).toMatchObject({
      reasons: ['boys_age_limit'],
      boysOverAge: [15],
      boysMaxAge: 14,
    });
    // A daughter of 15, or a child whose sex was not given, lives in the house.
    for (const childSexes of [['girl'], []]) {
      const found = await find(leader, { adultGender: 'female', childAges: [15], childSexes });
      expect(found.options[0]?.unitName).toBe('Hovedhuset');
    }

    // The unit leader raises the limit to 16: the son may live in the house.
    const raised = await t.app.inject({
      method: 'PATCH',
      url: `/api/capacity/units/${house.id}`,
      headers: leader.headers,
      payload: { version: house.version, boysMaxAge: 16 },
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const after = await find(leader, {
      adultGender: 'female',
      childAges: [15],
      childSexes: ['boy'],
    });
    expect(after.options[0]?.unitName).toBe('Hovedhuset');
  });

  it('counts the boy’s age at arrival: on his 15th birthday he is over a limit of 14', async () => {
    const leader = await loginAs(t, 'unit_leader');
    await ok(startShift(t, leader));
    const board = await getBoard(t, leader);
    const [adultBed, childBed] = bedsIn(board, 'Hovedhuset', 'Rom 9');
    const placeWithSon = async (birthDate: string) => {
      const mother = await newPerson(t, leader, { alias: `Mor ${birthDate}`, gender: 'female' });
      const son = await newPerson(t, leader, {
        alias: `Sønn ${birthDate}`,
        gender: 'male',
        isChild: true,
        birthDate,
        adultIds: [mother],
      });
      return startStay(t, leader, {
        personId: mother,
        bedId: adultBed!.id,
        children: [{ personId: son, bedId: childBed!.id }],
      });
    };
    const birthday = await placeWithSon('2011-11-24');
    expect(birthday.statusCode, birthday.body).toBe(409);
    expect(codes(birthday)).toEqual(['boys_age_limit']);
    const dayBefore = await placeWithSon('2011-11-25');
    expect(dayBefore.statusCode, dayBefore.body).toBe(201);
  });
});

describe('rom 23, the screened unit (Moss)', () => {
  /** Every bed of the residents' part out of service: only rom 23 is left. */
  async function houseFull(leader: Session) {
    const house = unitNamed(await getBoard(t, leader), 'Beboerdelen');
    for (const bed of house.rooms.flatMap((r) => r.beds)) {
      const res = await post(t, leader, `/api/capacity/beds/${bed.id}/out-of-service`, {
        reason: 'Vannskade',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  }

  it('never offers rom 23 to a psychotic person, not even on loan, and says why', async () => {
    const leader = await loginAs(t, 'unit_leader', 'moss');
    const target = await find(leader, { adultGender: 'female', meetsScreenedCriteria: true });
    expect(target.options[0]).toMatchObject({ unitName: 'Rom 23', tier: 'screened_target' });

    const psychotic = {
      adultGender: 'female',
      meetsScreenedCriteria: true,
      screenedExclusions: ['psychotic'],
    };
    const refused = await find(leader, psychotic);
    expect(refused.options.every((o) => o.unitName === 'Beboerdelen')).toBe(true);
    expect(rejection(refused, 'Rom 23')).toMatchObject({
      reasons: ['screened_exclusion'],
      exclusions: ['psychotic'],
    });

    await houseFull(leader);
    const notLent = await find(leader, { ...psychotic, meetsScreenedCriteria: false });
    expect(notLent.options).toEqual([]);
    expect(rejection(notLent, 'Rom 23')?.reasons).toEqual([
      'screened_exclusion',
      'screened_criteria',
    ]);
    const bed = bedsIn(await getBoard(t, leader), 'Rom 23', 'Rom 23')[0]!;
    const person = await newPerson(t, leader, { alias: 'Storm', gender: 'female' });
    const moved = await startStay(t, leader, {
      personId: person,
      bedId: bed.id,
      need: { screenedExclusions: ['psychotic'] },
    });
    expect(moved.statusCode, moved.body).toBe(409);
    expect(codes(moved)).toEqual(['screened_exclusion', 'screened_criteria']);
  });

  it('does not lend rom 23 while someone of its target group waits', async () => {
    const leader = await loginAs(t, 'unit_leader', 'moss');
    await houseFull(leader);
    const lent = await find(leader, { adultGender: 'female' });
    expect(lent.options.map((o) => `${o.unitName} ${o.tier}`)).toEqual(['Rom 23 lent']);

    const waiting = await post(t, leader, '/api/capacity/waiting', {
      label: 'Hegre',
      adultGender: 'female',
      meetsScreenedCriteria: true,
    });
    expect(waiting.statusCode, waiting.body).toBe(201);
    const refused = await find(leader, { adultGender: 'female' });
    expect(refused.options).toEqual([]);
    expect(rejection(refused, 'Rom 23')?.reasons).toEqual([
      'screened_criteria',
      'screened_target_waiting',
    ]);
    const guest = await newPerson(t, leader, { alias: 'Gjest', gender: 'female' });
    const moved = await startStay(t, leader, {
      personId: guest,
      bedId: lent.options[0]!.beds[0]!.id,
    });
    expect(moved.statusCode, moved.body).toBe(409);
    expect(codes(moved)).toEqual(['screened_criteria', 'screened_target_waiting']);
    // The one waiting is offered it.
    const her = await find(leader, { adultGender: 'female', meetsScreenedCriteria: true });
    expect(her.options[0]).toMatchObject({ unitName: 'Rom 23', tier: 'screened_target' });
  });

  it('records on the intake that a psychotic person is not for rom 23, and refuses the move-in', async () => {
    const leader = await loginAs(t, 'unit_leader', 'moss');
    await ok(startShift(t, leader));
    const person = await newPerson(t, leader, { alias: 'Vind', gender: 'female' });
    const { id } = await ok<{ id: string }>(
      call(t, leader, 'POST', '/api/intakes', { personId: person }),
      201,
    );
    const url = `/api/intakes/${id}`;
    let { version } = await ok<{ version: number }>(
      call(t, leader, 'PUT', `${url}/consent`, {
        version: 1,
        answers: [{ scope: 'registration', granted: true, how: 'oral' }],
      }),
    );
    const eligibility = await ok<{
      version: number;
      meetsScreenedCriteria: boolean;
      screenedRefusal: string[];
    }>(
      call(t, leader, 'PUT', `${url}/eligibility`, {
        version,
        targetGroups: ['violence_close_relations'],
        homeMunicipalityNumber: null,
        dangerToSelfOrOthers: false,
        screened: {
          vulnerabilities: ['mental_illness'],
          psychotic: true,
          managesDailyLiving: true,
        },
      }),
    );
    expect(eligibility).toMatchObject({
      meetsScreenedCriteria: false,
      screenedRefusal: ['psychotic'],
    });
    ({ version } = await ok(
      call(t, leader, 'PUT', `${url}/primary-contact`, {
        version: eligibility.version,
        primaryContactId: await staffId(t, 'coordinator', 'moss'),
      }),
    ));
    const view = await ok<{ eligibility: { screenedRefusal: string[] } }>(
      call(t, leader, 'GET', url),
    );
    expect(view.eligibility.screenedRefusal).toEqual(['psychotic']);

    // Even with the residents' part full, rom 23 is not hers: the move-in is refused.
    await houseFull(leader);
    const bed = bedsIn(await getBoard(t, leader), 'Rom 23', 'Rom 23')[0]!;
    const moveIn = await call(t, leader, 'POST', `${url}/move-in`, {
      version,
      bedId: bed.id,
      children: [],
    });
    expect(moveIn.statusCode, moveIn.body).toBe(409);
    // She meets the criteria but is refused for the exclusion: not of the target group either.
    expect(codes(moveIn)).toEqual(['screened_exclusion', 'screened_criteria']);
  });
});
