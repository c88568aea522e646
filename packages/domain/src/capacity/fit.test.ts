import { describe, expect, it } from 'vitest';
import {
  assignBeds,
  boysOverAgeLimit,
  screenedVerdict,
  targetGroupFits,
  unitFits,
  whyUnitDoesNotFit,
} from './fit.ts';
import { ageOn } from './household.ts';
import { mossScreeningRules } from './seeds.ts';
import type { Bed, BedKind, Household, Need, TargetGroup, Unit } from './types.ts';

function unit(over: Partial<Unit> = {}, rooms: BedKind[][] = [['bed', 'bed']]): Unit {
  return {
    id: 'u',
    name: 'U',
    kind: 'house',
    allocation: 'room',
    targetGroup: 'any',
    screened: false,
    screening: null,
    accessible: false,
    floor: 1,
    mayServeAsTransition: false,
    rooms: rooms.map((kinds, i) => ({
      id: `r${i}`,
      name: `R${i}`,
      beds: kinds.map((kind, j) => ({ id: `r${i}b${j}`, kind })),
    })),
    ...over,
  };
}

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

describe('targetGroupFits', () => {
  const groups: TargetGroup[] = ['women_and_children', 'men', 'men_with_children', 'any'];
  const fitting = (household: Household): TargetGroup[] =>
    groups.filter((targetGroup) => targetGroupFits(unit({ targetGroup }), household));

  it('keeps women’s and men’s housing apart', () => {
    expect(fitting({ adultGender: 'female', childAges: [] })).toEqual([
      'women_and_children',
      'any',
    ]);
    expect(fitting({ adultGender: 'female', childAges: [4] })).toEqual([
      'women_and_children',
      'any',
    ]);
    expect(fitting({ adultGender: 'male', childAges: [] })).toEqual(['men', 'any']);
    expect(fitting({ adultGender: 'male', childAges: [7] })).toEqual(['men_with_children', 'any']);
  });

  it('places an adult of gender other by the housing chosen, else only in units for anyone', () => {
    expect(fitting({ adultGender: 'other', childAges: [] })).toEqual(['any']);
    expect(fitting({ adultGender: 'other', housing: 'women', childAges: [] })).toEqual([
      'women_and_children',
      'any',
    ]);
    expect(fitting({ adultGender: 'other', housing: 'men', childAges: [2] })).toEqual([
      'men_with_children',
      'any',
    ]);
    // The choice is for 'other' only: a woman is never put in men's housing by it.
    expect(fitting({ adultGender: 'female', housing: 'men', childAges: [] })).toEqual([
      'women_and_children',
      'any',
    ]);
  });
});

describe('assignBeds', () => {
  const beds = (...kinds: BedKind[]): Bed[] => kinds.map((kind, i) => ({ id: `b${i}`, kind }));

  it('gives a child under 3 the cot and everyone else a bed', () => {
    expect(assignBeds(beds('cot', 'bed', 'bed'), [0, 2])).toEqual(['b1', 'b0', 'b2']);
    expect(assignBeds(beds('bed', 'cot'), [1])).toEqual(['b0', 'b1']);
  });

  it('does not put a 3-year-old or an adult in a cot', () => {
    expect(assignBeds(beds('bed', 'cot'), [3])).toBeNull();
    expect(assignBeds(beds('cot'), [])).toBeNull();
  });

  it('lets a baby take a bed when there is no cot, and uses extra beds after ordinary ones', () => {
    expect(assignBeds(beds('extra_bed', 'bed'), [0])).toEqual(['b1', 'b0']);
    expect(assignBeds(beds('bed', 'bed'), [0, 5])).toBeNull();
  });
});

describe('whyUnitDoesNotFit', () => {
  it('fits a plain unit with room for the household', () => {
    expect(whyUnitDoesNotFit(unit(), need({ childAges: [6] }))).toEqual([]);
    expect(unitFits(unit(), need())).toBe(true);
  });

  it('names every mismatch at once', () => {
    const men = unit({ targetGroup: 'men', screened: true, screening: mossScreeningRules });
    expect(
      whyUnitDoesNotFit(men, need({ accessible: true, floor: 'ground_floor', childAges: [5, 6] })),
    ).toEqual([
      'wrong_target_group',
      'screened_criteria',
      'not_accessible',
      'floor',
      'not_enough_beds',
    ]);
  });

  it('keeps transition apartments for transition stays and crisis units for crisis stays', () => {
    const apartment = unit({ transitionApartment: true });
    expect(whyUnitDoesNotFit(apartment, need())).toEqual(['transition_apartment']);
    expect(whyUnitDoesNotFit(apartment, need({ stayKind: 'transition' }))).toEqual([]);
    expect(whyUnitDoesNotFit(unit(), need({ stayKind: 'transition' }))).toEqual([
      'not_transition_apartment',
    ]);
    // A men's unit lent to a woman in crisis is no transition apartment: she is still in crisis.
    const lendable = unit({ targetGroup: 'men', mayServeAsTransition: true });
    expect(whyUnitDoesNotFit(lendable, need({ stayKind: 'transition' }))).toEqual([
      'wrong_target_group',
      'not_transition_apartment',
    ]);
  });

  it('treats floor 0 as the ground floor and a basement as not safer than it', () => {
    expect(whyUnitDoesNotFit(unit({ floor: 0 }), need({ floor: 'ground_floor' }))).toEqual([]);
    expect(whyUnitDoesNotFit(unit({ floor: 0 }), need({ floor: 'not_ground_floor' }))).toEqual([
      'floor',
    ]);
    expect(whyUnitDoesNotFit(unit({ floor: -1 }), need({ floor: 'not_ground_floor' }))).toEqual([
      'floor',
    ]);
    expect(whyUnitDoesNotFit(unit({ floor: 3 }), need({ floor: 'not_ground_floor' }))).toEqual([]);
  });

  it('keeps a household in one room of a house, but spreads it over an apartment let whole', () => {
    const rooms: BedKind[][] = [['bed', 'bed'], ['bed']];
    const family = need({ childAges: [4, 9] });
    expect(whyUnitDoesNotFit(unit({}, rooms), family)).toEqual(['not_enough_beds']);
    expect(whyUnitDoesNotFit(unit({ allocation: 'whole_unit' }, rooms), family)).toEqual([]);
  });

  it('takes a person meeting the criteria in a screened unit', () => {
    const screened = unit({ screened: true, screening: mossScreeningRules }, [['bed']]);
    expect(whyUnitDoesNotFit(screened, need({ meetsScreenedCriteria: true }))).toEqual([]);
  });
});

describe('screenedVerdict (Moss, rom 23)', () => {
  it.each([
    [true, [], { verdict: 'target' }],
    [false, [], { verdict: 'outside' }],
    [true, ['psychotic'], { verdict: 'refused', exclusions: ['psychotic'] }],
    [false, ['psychotic'], { verdict: 'refused', exclusions: ['psychotic'] }],
    [
      true,
      ['cannot_manage_daily_living', 'psychotic'],
      { verdict: 'refused', exclusions: ['cannot_manage_daily_living', 'psychotic'] },
    ],
  ] as const)('criteria met %s, exclusions %j: %j', (meets, exclusions, verdict) => {
    expect(
      screenedVerdict(mossScreeningRules, {
        meetsScreenedCriteria: meets,
        screenedExclusions: exclusions,
      }),
    ).toEqual(verdict);
  });

  it('refuses only the exclusions the unit is configured not to take', () => {
    const takesAll = { ...mossScreeningRules, notTaken: [] };
    expect(
      screenedVerdict(takesAll, { meetsScreenedCriteria: true, screenedExclusions: ['psychotic'] }),
    ).toEqual({ verdict: 'target' });
    expect(
      screenedVerdict(null, { meetsScreenedCriteria: true, screenedExclusions: ['psychotic'] }),
    ).toEqual({ verdict: 'refused', exclusions: ['psychotic'] });
  });

  it('makes a psychotic person not fit the screened unit, with the reason', () => {
    const screened = unit({ screened: true, screening: mossScreeningRules }, [['bed']]);
    expect(
      whyUnitDoesNotFit(
        screened,
        need({ meetsScreenedCriteria: true, screenedExclusions: ['psychotic'] }),
      ),
    ).toEqual(['screened_exclusion']);
  });
});

describe('boysOverAgeLimit (age at the date of arrival)', () => {
  const women = unit({ targetGroup: 'women_and_children', boysMaxAge: 14 }, [['bed', 'bed']]);
  it.each([
    // A boy turning 15 on the day of arrival is 15 that day: over the limit.
    ['boy', '2011-03-05', '2026-03-05', [15]],
    ['boy', '2011-03-05', '2026-03-04', []],
    ['boy', '2012-02-29', '2026-02-28', []],
    ['boy', '2011-02-28', '2026-02-28', [15]],
    ['girl', '2008-01-01', '2026-03-05', []],
    ['unknown', '2008-01-01', '2026-03-05', []],
  ] as const)('a %s born %s arriving %s: over the limit %j', (sex, born, arrival, over) => {
    const household = {
      adultGender: 'female' as const,
      childAges: [ageOn(born, arrival)],
      childSexes: [sex],
    };
    expect(boysOverAgeLimit(women, household)).toEqual(over);
    expect(whyUnitDoesNotFit(women, need(household))).toEqual(
      over.length > 0 ? ['boys_age_limit'] : [],
    );
  });

  it('has no limit unless the unit sets one; a child without a sex given is not a boy', () => {
    const household = {
      adultGender: 'female' as const,
      childAges: [17],
      childSexes: ['boy' as const],
    };
    expect(boysOverAgeLimit(unit({ boysMaxAge: null }), household)).toEqual([]);
    expect(boysOverAgeLimit(unit(), household)).toEqual([]);
    expect(boysOverAgeLimit(women, { adultGender: 'female', childAges: [17] })).toEqual([]);
  });
});
