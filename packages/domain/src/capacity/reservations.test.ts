import { describe, expect, it } from 'vitest';
import { bedState, occupancyAt } from './beds.ts';
import { findPlaces } from './find-places.ts';
import {
  bedHolds,
  fulfilmentRefusal,
  maxReservationHours,
  reservationOfPerson,
  reservationStatus,
  reservationWindowProblems,
  waitingAt,
  withoutReservation,
  type HeldBeds,
  type WaitingEntry,
} from './reservations.ts';
import type { CapacityModel, CapacityRecords, CapacityStay, Need } from './types.ts';

const at = (iso: string): Date => new Date(iso);
const made = at('2026-11-24T02:00:00Z');
const expires = at('2026-11-24T05:00:00Z');

function held(over: Partial<HeldBeds> = {}): HeldBeds {
  return {
    id: 'r1',
    bedIds: ['W-r2-b1', 'W-r2-b2', 'W-r2-b3'],
    personId: null,
    createdAt: made,
    expiresAt: expires,
    cancelledAt: null,
    fulfilledStayId: null,
    ...over,
  };
}

/** A women's house with a single room and a family room (two beds and a cot). */
const model: CapacityModel = {
  centreId: 'test',
  name: 'Test',
  sites: [
    {
      id: 'site',
      name: 'Site',
      units: [
        {
          id: 'W',
          name: 'W',
          kind: 'house',
          allocation: 'room',
          targetGroup: 'women_and_children',
          screened: false,
          screening: null,
          accessible: false,
          floor: 1,
          mayServeAsTransition: false,
          rooms: [
            { id: 'W-r1', name: 'Single', beds: [{ id: 'W-r1-b1', kind: 'bed' }] },
            {
              id: 'W-r2',
              name: 'Family',
              beds: [
                { id: 'W-r2-b1', kind: 'bed' },
                { id: 'W-r2-b2', kind: 'bed' },
                { id: 'W-r2-b3', kind: 'cot' },
              ],
            },
          ],
        },
      ],
    },
  ],
};

const mother: Need = {
  adultGender: 'female',
  childAges: [4, 1],
  accessible: false,
  meetsScreenedCriteria: false,
  floor: 'any',
};

function records(over: Partial<CapacityRecords> = {}): CapacityRecords {
  return { stays: [], readyMarks: [], reservations: bedHolds([held()]), outOfService: [], ...over };
}

function living(bedIds: string[]): CapacityStay {
  return {
    id: 's1',
    adultGender: 'female',
    childAges: [],
    bedIds,
    arrival: at('2026-11-20T12:00:00Z'),
    departure: null,
    lentScreened: false,
    transitionForWoman: false,
  };
}

const rooms = (r: CapacityRecords, now: Date, need: Need = mother) =>
  findPlaces(model, occupancyAt(model, r, now), need).options.map((o) => o.roomId);

describe('reservations', () => {
  it('hold their beds from when they are made until they expire, with no one to release them', () => {
    const r = records();
    expect(bedState('W-r2-b1', r, at('2026-11-24T01:59:59Z'))).toEqual({ state: 'free' });
    expect(bedState('W-r2-b1', r, made)).toEqual({
      state: 'reserved',
      reservationId: 'r1',
      until: expires,
    });
    expect(bedState('W-r2-b3', r, at('2026-11-24T04:59:59Z')).state).toBe('reserved');
    expect(bedState('W-r2-b1', r, expires)).toEqual({ state: 'free' });
    expect(reservationStatus(held(), at('2026-11-24T04:59:59Z'))).toBe('held');
    expect(reservationStatus(held(), expires)).toBe('expired');
  });

  it('hold across the change to winter time by the instant, not the clock on the wall', () => {
    // 2026-10-25: 03:00 summer time becomes 02:00 winter time in Oslo; a three-hour hold made at
    // 00:30 UTC (02:30 summer time) ends at 03:30 UTC (04:30 winter time), three real hours later.
    const hold = held({
      createdAt: at('2026-10-25T00:30:00Z'),
      expiresAt: at('2026-10-25T03:30:00Z'),
    });
    const r = records({ reservations: bedHolds([hold]) });
    expect(bedState('W-r2-b1', r, at('2026-10-25T03:29:59Z')).state).toBe('reserved');
    expect(bedState('W-r2-b1', r, at('2026-10-25T03:30:00Z')).state).toBe('free');
  });

  it('stop holding once cancelled or taken up', () => {
    expect(bedHolds([held({ cancelledAt: made })])).toEqual([]);
    expect(bedHolds([held({ fulfilledStayId: 's9' })])).toEqual([]);
    expect(reservationStatus(held({ cancelledAt: made }), made)).toBe('cancelled');
    expect(reservationStatus(held({ cancelledAt: made, fulfilledStayId: 's9' }), made)).toBe(
      'fulfilled',
    );
  });

  it('keep the room from being offered to others, until they expire', () => {
    const now = at('2026-11-24T03:00:00Z');
    expect(rooms(records({ reservations: [] }), now)).toEqual(['W-r2']);
    expect(rooms(records(), now)).toEqual([]);
    expect(
      findPlaces(model, occupancyAt(model, records(), now), mother).notFitting[0]?.reasons,
    ).toEqual(['reserved']);
    // A single woman is offered the single room, never the family room held for others.
    expect(rooms(records(), now, { ...mother, childAges: [] })).toEqual(['W-r1']);
    expect(rooms(records(), expires)).toEqual(['W-r2']);
  });

  it('are offered to their own household by the ordinary fit check', () => {
    const now = at('2026-11-24T03:00:00Z');
    const own = withoutReservation(records(), 'r1');
    expect(rooms(own, now)).toEqual(['W-r2']);
    // The same check still says no when the household does not fit: a 5-year-old needs a bed.
    expect(rooms(own, now, { ...mother, childAges: [4, 5] })).toEqual([]);
  });

  it('give way to a person in the bed: occupied outweighs reserved', () => {
    const r = records({ stays: [living(['W-r2-b1'])] });
    expect(bedState('W-r2-b1', r, at('2026-11-24T03:00:00Z'))).toEqual({
      state: 'occupied',
      stayId: 's1',
    });
    expect(bedState('W-r2-b2', r, at('2026-11-24T03:00:00Z')).state).toBe('reserved');
  });

  it('are taken up only by the person they name, in their beds, once', () => {
    const stay = { personId: 'p1', bedIds: ['W-r2-b1', 'W-r2-b2', 'W-r2-b3'] };
    expect(fulfilmentRefusal(held(), stay)).toBeNull();
    expect(fulfilmentRefusal(held({ personId: 'p1' }), stay)).toBeNull();
    expect(fulfilmentRefusal(held({ personId: 'p2' }), stay)).toBe('other_person');
    expect(fulfilmentRefusal(held(), { personId: 'p1', bedIds: ['W-r1-b1'] })).toBe(
      'beds_not_reserved',
    );
    expect(fulfilmentRefusal(held({ cancelledAt: made }), stay)).toBe('cancelled');
    expect(fulfilmentRefusal(held({ fulfilledStayId: 's1' }), stay)).toBe('already_fulfilled');
    // Late is still welcome: the beds are free anyway and the record tells who came.
    expect(fulfilmentRefusal(held({ expiresAt: made }), stay)).toBeNull();
  });

  it('are found for the person they name while they hold', () => {
    const mine = held({ personId: 'p1' });
    const stay = { personId: 'p1', bedIds: ['W-r2-b1'] };
    expect(reservationOfPerson([held(), mine], stay, made)).toBe(mine);
    expect(reservationOfPerson([mine], { ...stay, personId: 'p2' }, made)).toBeNull();
    expect(reservationOfPerson([mine], stay, expires)).toBeNull();
  });

  it('hold for a sensible time: ending in the future, not too long, not before the arrival', () => {
    const now = at('2026-11-24T03:00:00Z');
    expect(reservationWindowProblems(at('2026-11-24T05:00:00Z'), expires, now)).toEqual([]);
    expect(reservationWindowProblems(now, now, now)).toEqual([
      { field: 'expiresAt', code: 'expires_not_in_future' },
    ]);
    expect(
      reservationWindowProblems(at('2026-11-24T06:00:00Z'), at('2026-11-24T05:00:00Z'), now),
    ).toEqual([{ field: 'expectedArrivalAt', code: 'arrival_after_expiry' }]);
    const limit = new Date(now.getTime() + maxReservationHours * 3_600_000);
    expect(reservationWindowProblems(now, limit, now)).toEqual([]);
    expect(reservationWindowProblems(now, new Date(limit.getTime() + 1), now)).toEqual([
      { field: 'expiresAt', code: 'hold_too_long' },
    ]);
  });
});

describe('the waiting list', () => {
  const entry = (id: string, over: Partial<WaitingEntry> = {}): WaitingEntry => ({
    id,
    need: mother,
    since: at('2026-11-23T20:00:00Z'),
    resolvedAt: null,
    ...over,
  });

  it('holds those on it since then or earlier and not yet taken off it', () => {
    const entries = [
      entry('w1'),
      entry('w2', { resolvedAt: at('2026-11-24T01:00:00Z') }),
      entry('w3', { since: at('2026-11-24T04:00:00Z') }),
    ];
    expect(waitingAt(entries, at('2026-11-24T00:59:59Z')).map((w) => w.id)).toEqual(['w1', 'w2']);
    expect(waitingAt(entries, at('2026-11-24T01:00:00Z')).map((w) => w.id)).toEqual(['w1']);
    expect(waitingAt(entries, at('2026-11-24T04:00:00Z'))).toEqual([
      { id: 'w1', need: mother, since: at('2026-11-23T20:00:00Z') },
      { id: 'w3', need: mother, since: at('2026-11-24T04:00:00Z') },
    ]);
  });
});
