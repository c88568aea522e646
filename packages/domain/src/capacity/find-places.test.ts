import { describe, expect, it } from 'vitest';
import { occupancyAt } from './beds.ts';
import { findPlaces } from './find-places.ts';
import { mossScreeningRules } from './seeds.ts';
import type { BedKind, CapacityModel, CapacityRecords, CapacityStay, Need, Unit } from './types.ts';

const now = new Date('2026-05-10T22:00:00Z');
const earlier = new Date('2026-05-01T12:00:00Z');

function unit(id: string, over: Partial<Unit>, rooms: BedKind[][]): Unit {
  return {
    id,
    name: id,
    kind: 'house',
    allocation: 'room',
    targetGroup: 'women_and_children',
    screened: false,
    screening: null,
    accessible: false,
    floor: 1,
    mayServeAsTransition: false,
    rooms: rooms.map((kinds, i) => ({
      id: `${id}-r${i + 1}`,
      name: `${id} ${i + 1}`,
      beds: kinds.map((kind, j) => ({ id: `${id}-r${i + 1}-b${j + 1}`, kind })),
    })),
    ...over,
  };
}

/** A women's house, a women's accessible apartment, men's places and a screened unit. */
const model: CapacityModel = {
  centreId: 'test',
  name: 'Test centre',
  sites: [
    {
      id: 'main',
      name: 'Main',
      units: [
        unit('W', {}, [['bed'], ['bed', 'bed', 'cot'], ['bed', 'bed', 'bed']]),
        unit('WA', { kind: 'apartment', allocation: 'whole_unit', accessible: true, floor: 0 }, [
          ['bed', 'bed'],
        ]),
        unit(
          'S',
          { kind: 'screened_unit', screened: true, screening: mossScreeningRules, floor: 0 },
          [['bed']],
        ),
      ],
    },
    {
      id: 'men',
      name: 'Men',
      units: [
        unit('M', { targetGroup: 'men' }, [['bed']]),
        unit(
          'MT',
          {
            kind: 'apartment',
            allocation: 'whole_unit',
            targetGroup: 'men_with_children',
            mayServeAsTransition: true,
          },
          [['bed'], ['bed', 'cot']],
        ),
      ],
    },
  ],
};

function need(over: Partial<Need> = {}): Need {
  return {
    adultGender: 'female',
    childAges: [],
    accessible: false,
    meetsScreenedCriteria: false,
    floor: 'any',
    ...over,
  };
}

function living(id: string, bedIds: string[], over: Partial<CapacityStay> = {}): CapacityStay {
  return {
    id,
    adultGender: 'female',
    childAges: [],
    bedIds,
    arrival: earlier,
    departure: null,
    lentScreened: false,
    transitionForWoman: false,
    ...over,
  };
}

function search(n: Need, over: Partial<CapacityRecords> = {}, waiting: Need[] = []) {
  const records = { stays: [], readyMarks: [], reservations: [], outOfService: [], ...over };
  return findPlaces(model, occupancyAt(model, records, now), n, waiting);
}

/** The women's places all taken: two rooms lived in, one room just left and not yet cleaned. */
const womenFull: CapacityStay[] = [
  living('a', ['W-r1-b1']),
  living('b', ['W-r2-b1']),
  living('c', ['W-r3-b1'], { departure: new Date('2026-05-10T09:00:00Z') }),
  living('d', ['WA-r1-b1']),
];

const brief = (result: ReturnType<typeof search>) =>
  result.options.map((o) => `${o.rank} ${o.roomId ?? o.unitId} ${o.tier} spare ${o.spareBeds}`);

describe('findPlaces', () => {
  it('offers a single woman the snuggest rooms first and keeps the accessible apartment last', () => {
    const result = search(need());
    expect(brief(result)).toEqual([
      '1 W-r1 regular spare 0',
      '2 W-r2 regular spare 2',
      '3 W-r3 regular spare 2',
      '4 WA regular spare 1',
    ]);
    expect(result.options[0]).toEqual({
      rank: 1,
      siteId: 'main',
      unitId: 'W',
      roomId: 'W-r1',
      bedIds: ['W-r1-b1'],
      tier: 'regular',
      spareBeds: 0,
      order: [{ code: 'regular_place' }, { code: 'spare_beds', count: 0 }],
      condition: null,
      stayFlags: { lentScreened: false, transitionForWoman: false },
    });
    expect(result.options[3]?.order).toEqual([
      { code: 'regular_place' },
      { code: 'accessible_kept_for_those_who_need_it' },
      { code: 'spare_beds', count: 1 },
    ]);
    expect(result.notFitting).toEqual([
      { siteId: 'main', unitId: 'S', reasons: ['screened_criteria', 'regular_place_available'] },
      { siteId: 'men', unitId: 'M', reasons: ['wrong_target_group'] },
      { siteId: 'men', unitId: 'MT', reasons: ['wrong_target_group', 'regular_place_available'] },
    ]);
  });

  it('offers only the accessible apartment to someone who needs universal design', () => {
    const result = search(need({ accessible: true }));
    expect(brief(result)).toEqual(['1 WA regular spare 1']);
    expect(result.notFitting.find((r) => r.unitId === 'W')?.reasons).toEqual(['not_accessible']);
  });

  it('keeps a mother and her children together, the baby in the cot', () => {
    const result = search(need({ childAges: [1, 5] }));
    expect(brief(result)).toEqual(['1 W-r2 regular spare 0', '2 W-r3 regular spare 0']);
    expect(result.options[0]?.bedIds).toEqual(['W-r2-b1', 'W-r2-b3', 'W-r2-b2']);
    expect(result.notFitting.find((r) => r.unitId === 'WA')?.reasons).toEqual(['not_enough_beds']);
  });

  it('gives each household a room of its own and never offers a room not yet cleaned', () => {
    const result = search(need(), {
      stays: [
        living('a', ['W-r1-b1']),
        living('b', ['W-r2-b1']),
        living('c', ['W-r3-b1'], { departure: new Date('2026-05-10T09:00:00Z') }),
      ],
    });
    expect(brief(result)).toEqual(['1 WA regular spare 1']);
  });

  it('offers the room once a staff member has marked the beds ready', () => {
    const result = search(need(), {
      stays: womenFull,
      readyMarks: [{ bedId: 'W-r3-b1', readyAt: new Date('2026-05-10T15:00:00Z') }],
    });
    expect(brief(result)).toEqual(['1 W-r3 regular spare 2']);
  });

  it('when the women’s places are full, offers the men’s apartment as transition, then lends the screened unit', () => {
    const result = search(need(), { stays: womenFull });
    expect(brief(result)).toEqual(['1 MT transition spare 2', '2 S-r1 lent spare 0']);
    expect(result.options.map((o) => [o.condition, o.stayFlags])).toEqual([
      ['vacate_for_man', { lentScreened: false, transitionForWoman: true }],
      ['vacate_for_target_group', { lentScreened: true, transitionForWoman: false }],
    ]);
    expect(result.notFitting).toEqual([
      { siteId: 'main', unitId: 'W', reasons: ['occupied', 'being_cleaned'] },
      { siteId: 'main', unitId: 'WA', reasons: ['occupied'] },
      { siteId: 'men', unitId: 'M', reasons: ['wrong_target_group'] },
    ]);
  });

  it('does not lend the screened unit unless it is empty', () => {
    const result = search(need(), {
      stays: [...womenFull, living('e', ['MT-r1-b1']), living('s', ['S-r1-b1'])],
    });
    expect(result.options).toEqual([]);
    expect(result.notFitting.find((r) => r.unitId === 'S')?.reasons).toEqual([
      'screened_criteria',
      'occupied',
    ]);
    expect(result.notFitting.find((r) => r.unitId === 'MT')?.reasons).toEqual([
      'wrong_target_group',
      'occupied',
    ]);
  });

  it('never offers the screened unit to a psychotic person, not even on loan, and says why', () => {
    const psychotic = need({ meetsScreenedCriteria: true, screenedExclusions: ['psychotic'] });
    expect(search(psychotic).notFitting.find((r) => r.unitId === 'S')).toEqual({
      siteId: 'main',
      unitId: 'S',
      reasons: ['screened_exclusion'],
      exclusions: ['psychotic'],
    });
    const result = search({ ...psychotic, meetsScreenedCriteria: false }, { stays: womenFull });
    expect(brief(result)).toEqual(['1 MT transition spare 2']);
    expect(result.notFitting.find((r) => r.unitId === 'S')?.reasons).toEqual([
      'screened_exclusion',
      'screened_criteria',
    ]);
  });

  it('does not lend the screened unit while someone of its target group waits', () => {
    const target = need({ meetsScreenedCriteria: true });
    const full = [...womenFull, living('e', ['MT-r1-b1'])];
    expect(brief(search(need(), { stays: full }))).toEqual(['1 S-r1 lent spare 0']);
    const result = search(need(), { stays: full }, [target]);
    expect(result.options).toEqual([]);
    expect(result.notFitting.find((r) => r.unitId === 'S')?.reasons).toEqual([
      'screened_criteria',
      'screened_target_waiting',
    ]);
    // The one who waits is offered it.
    expect(brief(search(target, { stays: full }, [target]))).toEqual([
      '1 S-r1 screened_target spare 0',
    ]);
  });

  it('places a mother with a boy over the women’s house’s limit elsewhere, saying why', () => {
    const limited: CapacityModel = {
      ...model,
      sites: model.sites.map((site) => ({
        ...site,
        units: site.units.map((u) => (u.id === 'W' ? { ...u, boysMaxAge: 14 } : u)),
      })),
    };
    const records = { stays: [], readyMarks: [], reservations: [], outOfService: [] };
    const mother = need({ childAges: [15], childSexes: ['boy'] });
    const result = findPlaces(limited, occupancyAt(limited, records, now), mother);
    expect(brief(result)).toEqual(['1 WA regular spare 0']);
    expect(result.notFitting.find((r) => r.unitId === 'W')).toEqual({
      siteId: 'main',
      unitId: 'W',
      reasons: ['boys_age_limit'],
      boysOverAge: [15],
    });
    const withGirl = need({ childAges: [15], childSexes: ['girl'] });
    expect(
      findPlaces(limited, occupancyAt(limited, records, now), withGirl).options[0]?.unitId,
    ).toBe('W');
  });

  it('offers the screened unit first to someone who meets its criteria, then regular rooms', () => {
    const result = search(need({ meetsScreenedCriteria: true }));
    expect(brief(result).slice(0, 2)).toEqual([
      '1 S-r1 screened_target spare 0',
      '2 W-r1 regular spare 0',
    ]);
    expect(result.options[0]?.condition).toBeNull();
  });

  it('offers a single man the men’s room, and nothing in the fathers’ apartment', () => {
    expect(brief(search(need({ adultGender: 'male' })))).toEqual(['1 M-r1 regular spare 0']);
    const full = search(need({ adultGender: 'male' }), { stays: [living('m', ['M-r1-b1'])] });
    expect(full.options).toEqual([]);
    expect(full.notFitting).toEqual([
      { siteId: 'main', unitId: 'W', reasons: ['wrong_target_group'] },
      { siteId: 'main', unitId: 'WA', reasons: ['wrong_target_group'] },
      { siteId: 'main', unitId: 'S', reasons: ['wrong_target_group', 'screened_criteria'] },
      { siteId: 'men', unitId: 'M', reasons: ['occupied'] },
      { siteId: 'men', unitId: 'MT', reasons: ['wrong_target_group'] },
    ]);
  });

  it('offers a father with a baby the whole men’s apartment as a regular place', () => {
    const result = search(need({ adultGender: 'male', childAges: [0] }));
    expect(brief(result)).toEqual(['1 MT regular spare 1']);
    expect(result.options[0]?.bedIds).toEqual(['MT-r1-b1', 'MT-r2-b2']);
  });

  it('says a room is reserved, or its beds out of service', () => {
    const result = search(need({ adultGender: 'male' }), {
      reservations: [
        { id: 'r', bedIds: ['M-r1-b1'], from: earlier, until: new Date('2026-05-11T00:00:00Z') },
      ],
    });
    expect(result.notFitting.find((r) => r.unitId === 'M')?.reasons).toEqual(['reserved']);
    const broken = search(need({ adultGender: 'male' }), {
      outOfService: [{ bedId: 'M-r1-b1', from: earlier, until: null, reason: 'mould' }],
    });
    expect(broken.notFitting.find((r) => r.unitId === 'M')?.reasons).toEqual(['out_of_service']);
  });

  it('uses what is left of a room with one bed out of service', () => {
    const result = search(need(), {
      stays: womenFull.filter((s) => s.id !== 'b'),
      outOfService: [{ bedId: 'W-r2-b1', from: earlier, until: null, reason: 'broken' }],
    });
    expect(brief(result)).toEqual(['1 W-r2 regular spare 1']);
    expect(result.options[0]?.bedIds).toEqual(['W-r2-b2']);
  });

  it('respects the ground-floor and the not-on-the-ground-floor needs', () => {
    expect(brief(search(need({ floor: 'ground_floor' })))).toEqual(['1 WA regular spare 1']);
    expect(brief(search(need({ floor: 'not_ground_floor' })))).toEqual([
      '1 W-r1 regular spare 0',
      '2 W-r2 regular spare 2',
      '3 W-r3 regular spare 2',
    ]);
  });

  it('refuses an occupancy taken from another model', () => {
    expect(() => findPlaces(model, { at: now, beds: {} }, need())).toThrow(
      'Bed W-r1-b1 is not in the occupancy',
    );
  });
});
