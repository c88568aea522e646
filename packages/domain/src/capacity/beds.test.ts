import { describe, expect, it } from 'vitest';
import { bedState, indexBeds, occupancyAt } from './beds.ts';
import type { CapacityModel, CapacityRecords, CapacityStay } from './types.ts';

const at = (iso: string): Date => new Date(iso);

function stay(over: Partial<CapacityStay>): CapacityStay {
  return {
    id: 's1',
    adultGender: 'female',
    childAges: [],
    bedIds: ['b1'],
    arrival: at('2026-03-01T14:00:00Z'),
    departure: at('2026-03-05T09:00:00Z'),
    lentScreened: false,
    transitionForWoman: false,
    ...over,
  };
}

function records(over: Partial<CapacityRecords>): CapacityRecords {
  return { stays: [], readyMarks: [], reservations: [], outOfService: [], ...over };
}

describe('bedState', () => {
  const withStay = records({ stays: [stay({})] });

  it('is free before the arrival and occupied from the arrival instant', () => {
    expect(bedState('b1', withStay, at('2026-03-01T13:59:59Z'))).toEqual({ state: 'free' });
    expect(bedState('b1', withStay, at('2026-03-01T14:00:00Z'))).toEqual({
      state: 'occupied',
      stayId: 's1',
    });
  });

  it('is being cleaned from the departure until a staff member marks it ready', () => {
    const departed = at('2026-03-05T09:00:00Z');
    expect(bedState('b1', withStay, departed)).toEqual({ state: 'being_cleaned', since: departed });
    expect(bedState('b1', withStay, at('2026-04-30T00:00:00Z'))).toEqual({
      state: 'being_cleaned',
      since: departed,
    });
    const cleaned = records({
      stays: [stay({})],
      readyMarks: [{ bedId: 'b1', readyAt: at('2026-03-05T13:00:00Z') }],
    });
    expect(bedState('b1', cleaned, at('2026-03-05T12:59:59Z')).state).toBe('being_cleaned');
    expect(bedState('b1', cleaned, at('2026-03-05T13:00:00Z'))).toEqual({ state: 'free' });
  });

  it('does not count a ready mark from before the last departure', () => {
    const stale = records({
      stays: [stay({})],
      readyMarks: [
        { bedId: 'b1', readyAt: at('2026-02-27T10:00:00Z') },
        { bedId: 'b1', readyAt: at('2026-03-05T09:00:00Z') },
        { bedId: 'b2', readyAt: at('2026-03-05T10:00:00Z') },
      ],
    });
    expect(bedState('b1', stale, at('2026-03-06T00:00:00Z')).state).toBe('being_cleaned');
  });

  it('shows a lent screened place and a woman’s transition stay as lent', () => {
    const lent = records({ stays: [stay({ id: 'l', lentScreened: true })] });
    expect(bedState('b1', lent, at('2026-03-02T00:00:00Z'))).toEqual({
      state: 'lent',
      stayId: 'l',
    });
    const transition = records({ stays: [stay({ id: 't', transitionForWoman: true })] });
    expect(bedState('b1', transition, at('2026-03-02T00:00:00Z')).state).toBe('lent');
  });

  it('keeps a stay going on with no departure occupied', () => {
    const going = records({ stays: [stay({ departure: null })] });
    expect(bedState('b1', going, at('2027-01-01T00:00:00Z')).state).toBe('occupied');
  });

  it('is out of service during the period, and until further notice without an end', () => {
    const broken = records({
      outOfService: [
        {
          bedId: 'b1',
          from: at('2026-03-10T00:00:00Z'),
          until: at('2026-03-12T00:00:00Z'),
          reason: 'water damage',
        },
        { bedId: 'b2', from: at('2026-03-10T00:00:00Z'), until: null, reason: 'broken frame' },
      ],
    });
    expect(bedState('b1', broken, at('2026-03-11T00:00:00Z'))).toEqual({
      state: 'out_of_service',
      reason: 'water damage',
    });
    expect(bedState('b1', broken, at('2026-03-12T00:00:00Z')).state).toBe('free');
    expect(bedState('b2', broken, at('2030-01-01T00:00:00Z')).state).toBe('out_of_service');
  });

  it('shows a person in the bed even when the bed is marked out of service', () => {
    const both = records({
      stays: [stay({})],
      outOfService: [{ bedId: 'b1', from: at('2026-03-02T00:00:00Z'), until: null, reason: 'x' }],
    });
    expect(bedState('b1', both, at('2026-03-03T00:00:00Z')).state).toBe('occupied');
  });

  it('is reserved during the reservation, but a bed not yet cleaned shows as being cleaned', () => {
    const reservation = {
      id: 'r1',
      bedIds: ['b1'],
      from: at('2026-03-05T10:00:00Z'),
      until: at('2026-03-05T16:00:00Z'),
    };
    const held = records({ reservations: [reservation] });
    expect(bedState('b1', held, at('2026-03-05T10:00:00Z'))).toEqual({
      state: 'reserved',
      reservationId: 'r1',
      until: at('2026-03-05T16:00:00Z'),
    });
    expect(bedState('b1', held, at('2026-03-05T16:00:00Z')).state).toBe('free');
    const dirty = records({ stays: [stay({})], reservations: [reservation] });
    expect(bedState('b1', dirty, at('2026-03-05T11:00:00Z')).state).toBe('being_cleaned');
  });
});

const model: CapacityModel = {
  centreId: 'c',
  name: 'Test',
  sites: [
    {
      id: 'site',
      name: 'Site',
      units: [
        {
          id: 'u',
          name: 'U',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'women_and_children',
          screened: false,
          screening: null,
          accessible: false,
          floor: 0,
          mayServeAsTransition: false,
          rooms: [
            {
              id: 'r',
              name: 'R',
              beds: [
                { id: 'b1', kind: 'bed' },
                { id: 'b2', kind: 'cot' },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('occupancyAt', () => {
  it('gives the state of every bed in the model and ignores beds it does not know', () => {
    const board = occupancyAt(
      model,
      records({ stays: [stay({ bedIds: ['b1', 'elsewhere'], departure: null })] }),
      at('2026-03-02T00:00:00Z'),
    );
    expect(board.beds).toEqual({ b1: { state: 'occupied', stayId: 's1' }, b2: { state: 'free' } });
  });

  it('refuses a model that uses one bed id twice', () => {
    const twice: CapacityModel = { ...model, sites: [...model.sites, ...model.sites] };
    expect(() => indexBeds(twice)).toThrow('Bed id b1 is used twice');
  });
});
