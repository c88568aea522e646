import { describe, expect, it } from 'vitest';
import { indexBeds, occupancyAt, unitBeds } from './beds.ts';
import { findPlaces } from './find-places.ts';
import {
  bergenCapacity,
  demoValuesOf,
  mossCapacity,
  seedCapacityModels,
  trondheimCapacity,
} from './seeds.ts';
import type { CapacityModel, CapacityRecords, CapacityStay, Need, Unit } from './types.ts';

function unitOf(model: CapacityModel, id: string): Unit {
  const found = model.sites.flatMap((site) => site.units).find((unit) => unit.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

const woman: Need = {
  adultGender: 'female',
  childAges: [],
  accessible: false,
  meetsScreenedCriteria: false,
  floor: 'any',
};

describe('Bergen', () => {
  it('has a main house for women and children with exactly 11 bedrooms and 30 beds', () => {
    const house = unitOf(bergenCapacity, 'bergen-main-house');
    expect(house.targetGroup).toBe('women_and_children');
    expect(house.rooms).toHaveLength(11);
    expect(unitBeds(house)).toHaveLength(30);
    expect(unitBeds(house).every((bed) => bed.kind === 'bed')).toBe(true);
  });

  it('has three apartments: one for men with children, two for extended stays; two universally designed', () => {
    const apartments = ['bergen-apt-men', 'bergen-apt-extended-1', 'bergen-apt-extended-2'].map(
      (id) => unitOf(bergenCapacity, id),
    );
    expect(apartments.map((u) => [u.targetGroup, u.accessible])).toEqual([
      ['men_with_children', true],
      ['any', true],
      ['any', false],
    ]);
    expect(apartments.every((u) => u.rooms.length >= 1 && u.rooms.length <= 2)).toBe(true);
  });

  it('has the new men’s apartment: three residents’ bedrooms, a staff office, locked gate and lift', () => {
    const men = unitOf(bergenCapacity, 'bergen-men-apartment');
    expect(men.targetGroup).toBe('men');
    expect(men.rooms).toHaveLength(3);
    expect(men.accessible).toBe(true);
    expect(men.features).toEqual(
      expect.arrayContaining(['locked_gate', 'second_locked_door', 'lift', 'staff_office']),
    );
  });
});

describe('Trondheim', () => {
  it('has the women’s centre, a place at Leistad for single men and an apartment for fathers that may serve as transition', () => {
    expect(unitOf(trondheimCapacity, 'trondheim-women').targetGroup).toBe('women_and_children');
    expect(unitBeds(unitOf(trondheimCapacity, 'trondheim-leistad-men'))).toHaveLength(1);
    expect(unitOf(trondheimCapacity, 'trondheim-leistad-men').targetGroup).toBe('men');
    const apartment = unitOf(trondheimCapacity, 'trondheim-men-with-children');
    expect([apartment.targetGroup, apartment.mayServeAsTransition]).toEqual([
      'men_with_children',
      true,
    ]);
  });

  it('offers the men’s apartment to a woman as transition when the women’s centre is full', () => {
    const at = new Date('2026-02-01T20:00:00Z');
    const full: CapacityStay[] = unitBeds(unitOf(trondheimCapacity, 'trondheim-women'))
      .filter((bed) => bed.kind === 'bed')
      .map((bed) => ({
        id: `stay-${bed.id}`,
        adultGender: 'female',
        childAges: [],
        bedIds: [bed.id],
        arrival: new Date('2026-01-15T12:00:00Z'),
        departure: null,
        lentScreened: false,
        transitionForWoman: false,
      }));
    const records: CapacityRecords = {
      stays: full,
      readyMarks: [],
      reservations: [],
      outOfService: [],
    };
    const result = findPlaces(
      trondheimCapacity,
      occupancyAt(trondheimCapacity, records, at),
      woman,
    );
    expect(result.options.map((o) => [o.unitId, o.tier])).toEqual([
      ['trondheim-men-with-children', 'transition'],
    ]);
  });
});

describe('Moss', () => {
  it('has rom 23: a screened unit on the ground floor, not universally designed, with its criteria', () => {
    const rom23 = unitOf(mossCapacity, 'moss-rom-23');
    expect([rom23.kind, rom23.screened, rom23.floor, rom23.accessible]).toEqual([
      'screened_unit',
      true,
      0,
      false,
    ]);
    expect(rom23.screening).toEqual({
      requiresViolence: true,
      anyOf: ['mental_illness', 'substance_problems', 'behaviour_unfit_for_communal_living'],
      notTaken: ['psychotic', 'cannot_manage_daily_living'],
      staffCheckIntervalMinutes: 60,
      extendedHouseRules: true,
    });
    expect(unitOf(mossCapacity, 'moss-main-house').floor).toBe(1);
  });

  it('marks the check interval as a demo value', () => {
    expect(demoValuesOf(mossCapacity)).toContainEqual({
      id: 'moss-rom-23',
      fields: ['screening.staffCheckIntervalMinutes', 'targetGroup'],
    });
  });
});

describe('every seed', () => {
  it('has unique bed ids, and every room at least one bed', () => {
    for (const model of seedCapacityModels) {
      expect(() => indexBeds(model)).not.toThrow();
      const rooms = model.sites.flatMap((s) => s.units.flatMap((u) => u.rooms));
      expect(rooms.every((room) => room.beds.length > 0)).toBe(true);
    }
  });
});
