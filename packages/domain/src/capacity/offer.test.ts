import { describe, expect, it } from 'vitest';
import type { BedStatus, Occupancy } from './beds.ts';
import { unitOffer, type NotOffered } from './offer.ts';
import { trondheimCapacity } from './seeds.ts';
import type { Unit } from './types.ts';

const units = trondheimCapacity.sites.flatMap((s) => s.units);
const women = units.find((u) => u.id === 'trondheim-women')!;
const apartment = units.find((u) => u.id === 'trondheim-men-with-children')!;

const statuses: Record<string, BedStatus> = {
  occupied: { state: 'occupied', stayId: 's' },
  lent: { state: 'lent', stayId: 's' },
  reserved: { state: 'reserved', reservationId: 'r', until: new Date('2026-06-02T00:00:00Z') },
  being_cleaned: { state: 'being_cleaned', since: new Date('2026-06-01T08:00:00Z') },
  out_of_service: { state: 'out_of_service', reason: 'Fukt' },
};

/** Every bed of the unit free, but those named. */
function occupancy(unit: Unit, marked: Record<string, keyof typeof statuses>): Occupancy {
  const beds: Record<string, BedStatus> = {};
  for (const room of unit.rooms)
    for (const bed of room.beds) {
      const mark = marked[bed.id];
      beds[bed.id] = mark ? statuses[mark]! : { state: 'free' };
    }
  return { at: new Date('2026-06-01T20:00:00Z'), beds };
}

describe('unitOffer: what can be given to a household now', () => {
  it.each<[string, Unit, Record<string, keyof typeof statuses>, number, number]>([
    // unit, marks, beds offered, places offered
    ['an empty women’s centre: every bed, every room', women, {}, 18, 8],
    [
      'one woman in a three-bed room: that room offers nothing',
      women,
      { 'trondheim-women-r07-b1': 'occupied' },
      15,
      7,
    ],
    ['a reserved bed holds its room', women, { 'trondheim-women-r03-b1': 'reserved' }, 16, 7],
    [
      'a bed being cleaned holds its room',
      women,
      { 'trondheim-women-r04-b2': 'being_cleaned' },
      16,
      7,
    ],
    [
      'a broken bed is not counted; its room still offers the rest',
      women,
      { 'trondheim-women-r04-b2': 'out_of_service' },
      17,
      8,
    ],
    ['an empty apartment let as a whole: its four beds, one place', apartment, {}, 4, 1],
    [
      'a woman lent the apartment: none of its beds',
      apartment,
      { 'trondheim-men-apt-r01-b1': 'lent' },
      0,
      0,
    ],
    [
      'a father and child in it: none',
      apartment,
      { 'trondheim-men-apt-r01-b1': 'occupied', 'trondheim-men-apt-r02-b1': 'occupied' },
      0,
      0,
    ],
  ])('%s', (_, unit, marks, offered, places) => {
    const offer = unitOffer(unit, occupancy(unit, marks));
    expect([offer.offered, offer.places]).toEqual([offered, places]);
  });

  it.each<
    [string, Unit, Record<string, keyof typeof statuses>, string | null, number, NotOffered | null]
  >([
    [
      'says why a room’s empty beds are idle: a household',
      women,
      { 'trondheim-women-r07-b1': 'occupied' },
      'trondheim-women-r07',
      2,
      'household',
    ],
    [
      'a household outweighs a reservation or a cleaning',
      women,
      { 'trondheim-women-r07-b1': 'occupied', 'trondheim-women-r07-b2': 'being_cleaned' },
      'trondheim-women-r07',
      1,
      'household',
    ],
    [
      'a cleaning, when nobody is there',
      women,
      { 'trondheim-women-r04-b2': 'being_cleaned' },
      'trondheim-women-r04',
      1,
      'being_cleaned',
    ],
    [
      'the whole apartment, when a household has it',
      apartment,
      { 'trondheim-men-apt-r01-b1': 'lent' },
      null,
      3,
      'household',
    ],
    [
      'nothing idle in a room that is full',
      women,
      { 'trondheim-women-r01-b1': 'occupied' },
      'trondheim-women-r01',
      0,
      null,
    ],
  ])('%s', (_, unit, marks, roomId, idle, blockedBy) => {
    const place = unitOffer(unit, occupancy(unit, marks)).byPlace.find((p) => p.roomId === roomId);
    expect(place).toMatchObject({ offered: 0, idle, blockedBy });
  });
});
