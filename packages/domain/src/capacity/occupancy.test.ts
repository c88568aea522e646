import { describe, expect, it } from 'vitest';
import { overnights } from '../time/overnights.ts';
import { dailyOccupancy, monthlyOvernights, overFullDays, stayDay } from './occupancy.ts';
import type { CapacityModel, CapacityStay } from './types.ts';

const at = (iso: string): Date => new Date(iso);

function stay(
  id: string,
  arrival: string,
  departure: string | null,
  over: Partial<CapacityStay> = {},
): CapacityStay {
  return {
    id,
    adultGender: 'female',
    childAges: [],
    bedIds: ['w-b1'],
    arrival: at(arrival),
    departure: departure === null ? null : at(departure),
    lentScreened: false,
    transitionForWoman: false,
    ...over,
  };
}

const model: CapacityModel = {
  centreId: 'c',
  name: 'Test',
  sites: [
    {
      id: 's',
      name: 'S',
      units: [
        {
          id: 'W',
          name: 'Women',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'women_and_children',
          screened: false,
          screening: null,
          accessible: false,
          floor: 1,
          mayServeAsTransition: false,
          rooms: [
            {
              id: 'w-r',
              name: 'R',
              beds: [
                { id: 'w-b1', kind: 'bed' },
                { id: 'w-cot', kind: 'cot' },
                { id: 'w-extra', kind: 'extra_bed' },
              ],
            },
          ],
        },
        {
          id: 'M',
          name: 'Men',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'men',
          screened: false,
          screening: null,
          accessible: false,
          floor: 0,
          mayServeAsTransition: false,
          rooms: [{ id: 'm-r', name: 'R', beds: [{ id: 'm-b1', kind: 'bed' }] }],
        },
      ],
    },
  ],
};

describe('stayDay', () => {
  it('counts the arrival day as day 1 and turns at Oslo midnight', () => {
    const arrival = at('2026-03-01T14:00:00Z');
    expect(stayDay(arrival, at('2026-03-01T22:59:59Z'))).toBe(1);
    expect(stayDay(arrival, at('2026-03-01T23:00:00Z'))).toBe(2);
  });

  it('reaches day 42 — six weeks — on the right date across the spring change', () => {
    const arrival = at('2026-03-01T14:00:00Z');
    expect(stayDay(arrival, at('2026-04-11T21:59:00Z'))).toBe(42);
    expect(stayDay(arrival, at('2026-04-11T22:00:00Z'))).toBe(43);
  });

  it('refuses an instant before the arrival', () => {
    expect(() => stayDay(at('2026-03-02T00:00:00Z'), at('2026-03-01T00:00:00Z'))).toThrow(
      RangeError,
    );
  });
});

describe('dailyOccupancy', () => {
  // Last Sunday of March 2026 is the 29th: clocks go from 02:00 to 03:00.
  const stays = [
    // Mother and baby, 27 March 16:00 to 30 March 10:00 Oslo: the nights of 27, 28 and 29.
    stay('mother', '2026-03-27T15:00:00Z', '2026-03-30T08:00:00Z', {
      childAges: [1],
      bedIds: ['w-b1', 'w-cot'],
    }),
    // A man from 29 March, still here.
    stay('man', '2026-03-29T18:00:00Z', null, { adultGender: 'male', bedIds: ['m-b1'] }),
    // The same bed taken again on 30 March by a mother with two children: one on the extra
    // bed, one sharing — three persons on two beds of which one ordinary place.
    stay('family', '2026-03-30T12:00:00Z', null, {
      childAges: [5, 7],
      bedIds: ['w-b1', 'w-extra'],
    }),
  ];
  // "Now" is noon on 31 March: the night of the 31st is not spent yet.
  const days = dailyOccupancy(
    model,
    stays,
    { from: '2026-03-26', to: '2026-03-31' },
    at('2026-03-31T10:00:00Z'),
  );
  const quiet = { persons: 0, adults: 0, children: 0, occupiedBeds: 0 };

  it('counts persons and beds per night, per unit and per target group', () => {
    expect(days.map((d) => [d.date, d.persons])).toEqual([
      ['2026-03-26', 0],
      ['2026-03-27', 2],
      ['2026-03-28', 2],
      ['2026-03-29', 3],
      ['2026-03-30', 4],
      ['2026-03-31', 0],
    ]);
    const night = { persons: 2, adults: 1, children: 1, occupiedBeds: 2, overFull: false };
    expect(days[1]).toEqual({
      date: '2026-03-27',
      ...night,
      capacity: 3,
      byUnit: {
        W: { ...night, capacity: 2 },
        M: { ...quiet, capacity: 1, overFull: false },
      },
      byTargetGroup: {
        women_and_children: { ...night, capacity: 2 },
        men: { ...quiet, capacity: 1, overFull: false },
      },
    });
  });

  it('counts a bed left in the morning and taken in the afternoon once, and reports over-full nights', () => {
    expect(days[4]?.byUnit['W']).toEqual({
      persons: 3,
      adults: 1,
      children: 2,
      occupiedBeds: 2,
      capacity: 2,
      overFull: true,
    });
    expect(days[4]?.byTargetGroup.men).toEqual({
      persons: 1,
      adults: 1,
      children: 0,
      occupiedBeds: 1,
      capacity: 1,
      overFull: false,
    });
    expect(overFullDays(days)).toEqual(['2026-03-30']);
  });

  it('adds up to the overnights of the stays', () => {
    const asOf = at('2026-03-31T10:00:00Z');
    const expected = stays.reduce(
      (sum, s) => sum + overnights(s.arrival, s.departure ?? asOf) * (1 + s.childAges.length),
      0,
    );
    expect(days.reduce((sum, d) => sum + d.persons, 0)).toBe(expected);
    expect(expected).toBe(11);
  });
});

describe('monthlyOvernights', () => {
  const asOf = at('2027-06-01T12:00:00Z');

  it('counts each night in the month it begins, adults and children apart', () => {
    const s = stay('s', '2026-01-30T13:00:00Z', '2026-02-02T09:00:00Z', { childAges: [4] });
    expect(monthlyOvernights([s], { from: '2026-01', to: '2026-03' }, asOf)).toEqual([
      { month: '2026-01', adults: 2, children: 2, total: 4 },
      { month: '2026-02', adults: 1, children: 1, total: 2 },
      { month: '2026-03', adults: 0, children: 0, total: 0 },
    ]);
  });

  it('puts an arrival after Oslo midnight in the new month', () => {
    // 00:30 on 1 February in Oslo, still 31 January in UTC; leaves on 3 February: two nights.
    const s = stay('s', '2026-01-31T23:30:00Z', '2026-02-03T09:00:00Z');
    expect(monthlyOvernights([s], { from: '2026-01', to: '2026-02' }, asOf)).toEqual([
      { month: '2026-01', adults: 0, children: 0, total: 0 },
      { month: '2026-02', adults: 2, children: 0, total: 2 },
    ]);
  });

  it('counts across a year end', () => {
    const s = stay('s', '2026-12-30T12:00:00Z', '2027-01-02T12:00:00Z');
    expect(monthlyOvernights([s], { from: '2026-12', to: '2027-01' }, asOf)).toEqual([
      { month: '2026-12', adults: 2, children: 0, total: 2 },
      { month: '2027-01', adults: 1, children: 0, total: 1 },
    ]);
  });

  it('counts across the autumn change as overnights() does', () => {
    // Last Sunday of October 2026 is the 25th. From 22:00 on 24 October to 00:30 on 2 November.
    const s = stay('s', '2026-10-24T20:00:00Z', '2026-11-01T23:30:00Z');
    expect(monthlyOvernights([s], { from: '2026-10', to: '2026-11' }, asOf)).toEqual([
      { month: '2026-10', adults: 8, children: 0, total: 8 },
      { month: '2026-11', adults: 1, children: 0, total: 1 },
    ]);
    expect(overnights(s.arrival, s.departure as Date)).toBe(9);
  });

  it('counts a stay still going up to now, and nothing for a stay that has not begun', () => {
    const going = stay('going', '2027-05-30T12:00:00Z', null);
    const coming = stay('coming', '2027-06-05T12:00:00Z', null);
    expect(monthlyOvernights([going, coming], { from: '2027-05', to: '2027-06' }, asOf)).toEqual([
      { month: '2027-05', adults: 2, children: 0, total: 2 },
      { month: '2027-06', adults: 0, children: 0, total: 0 },
    ]);
  });

  it('refuses a departure before the arrival and a malformed month', () => {
    const wrong = stay('w', '2026-03-03T00:00:00Z', '2026-03-01T00:00:00Z');
    expect(() => monthlyOvernights([wrong], { from: '2026-03', to: '2026-03' }, asOf)).toThrow(
      RangeError,
    );
    expect(() => monthlyOvernights([], { from: '2026-3', to: '2026-03' }, asOf)).toThrow(
      'Months must be YYYY-MM',
    );
  });
});

describe('transition stays (a transition apartment after the crisis stay)', () => {
  const withApartment: CapacityModel = {
    ...model,
    sites: [
      {
        ...model.sites[0]!,
        units: [
          ...model.sites[0]!.units,
          {
            id: 'T',
            name: 'Transition apartment',
            kind: 'apartment',
            allocation: 'whole_unit',
            targetGroup: 'women_and_children',
            screened: false,
            screening: null,
            accessible: false,
            floor: 2,
            mayServeAsTransition: false,
            transitionApartment: true,
            rooms: [
              {
                id: 't-r',
                name: 'R',
                beds: [
                  { id: 't-b1', kind: 'bed' },
                  { id: 't-b2', kind: 'bed' },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  const asOf = at('2027-01-10T12:00:00Z');
  // A crisis stay of 3 nights, then the same woman and her child in the transition apartment
  // over the year end: 30 Dec to 4 Jan is five nights for two persons.
  const crisis = stay('crisis', '2026-12-27T12:00:00Z', '2026-12-30T09:00:00Z');
  const transition = stay('transition', '2026-12-30T12:00:00Z', '2027-01-04T10:00:00Z', {
    kind: 'transition',
    childAges: [6],
    bedIds: ['t-b1', 't-b2'],
  });
  const range = { from: '2026-12', to: '2027-01' };

  it('are not crisis-centre overnights by default', () => {
    expect(monthlyOvernights([crisis, transition], range, asOf)).toEqual([
      { month: '2026-12', adults: 3, children: 0, total: 3 },
      { month: '2027-01', adults: 0, children: 0, total: 0 },
    ]);
  });

  it('count when the centre says so, across the year end', () => {
    expect(
      monthlyOvernights([crisis, transition], range, asOf, { transitionStaysCount: true }),
    ).toEqual([
      { month: '2026-12', adults: 5, children: 2, total: 7 },
      { month: '2027-01', adults: 3, children: 3, total: 6 },
    ]);
  });

  it('leave the centre’s occupancy and capacity alone by default, but fill their own unit', () => {
    const night = { from: '2026-12-31', to: '2026-12-31' };
    const [off] = dailyOccupancy(withApartment, [crisis, transition], night, asOf);
    expect(off).toMatchObject({ persons: 0, occupiedBeds: 0, capacity: 3 });
    expect(off?.byTargetGroup.women_and_children).toMatchObject({ persons: 0, capacity: 2 });
    expect(off?.byUnit['T']).toMatchObject({ persons: 2, occupiedBeds: 2, capacity: 2 });

    const [on] = dailyOccupancy(withApartment, [crisis, transition], night, asOf, {
      transitionStaysCount: true,
    });
    expect(on).toMatchObject({ persons: 2, occupiedBeds: 2, capacity: 5 });
    expect(on?.byTargetGroup.women_and_children).toMatchObject({ persons: 2, capacity: 4 });
    expect(on?.byUnit['T']).toEqual(off?.byUnit['T']);
  });
});
