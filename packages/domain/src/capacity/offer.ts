import type { Bed, Unit } from './types.ts';
import type { BedStatus, Occupancy } from './beds.ts';

/** Why the empty beds of a room (or of a unit let as a whole) cannot go to another household. */
export type NotOffered = 'household' | 'reserved' | 'being_cleaned';

/** A room — or a unit let as a whole — as the board counts what it can offer. */
export interface PlaceOffer {
  /** Null for a unit let as a whole. */
  roomId: string | null;
  /** Free beds that can be given to a household now. */
  offered: number;
  /** Free beds that cannot, because of `blockedBy`. */
  idle: number;
  blockedBy: NotOffered | null;
}

export interface UnitOffer {
  /** Free beds that can be given to a household now. */
  offered: number;
  /** Rooms (or the whole unit) a household can be given now. */
  places: number;
  /** Every room, or the one whole unit, in the order of the model. */
  byPlace: PlaceOffer[];
}

/**
 * What a unit can offer now, counted as `findPlaces` hands out places: one household per room,
 * or per unit when it is let as a whole. A free bed counts only in a room (or whole unit) that
 * no household lives in, that holds no reservation and where no bed waits for cleaning — so an
 * empty bed beside a resident, or in an apartment a family has, is not "free" to anyone else.
 * Beds out of service are not counted at all. `occupancy` must cover every bed of the unit.
 */
export function unitOffer(unit: Unit, occupancy: Occupancy): UnitOffer {
  const places =
    unit.allocation === 'whole_unit'
      ? [{ roomId: null, beds: unit.rooms.flatMap((room) => room.beds) }]
      : unit.rooms.map((room) => ({ roomId: room.id as string | null, beds: room.beds }));
  const byPlace = places.map(({ roomId, beds }) => placeOffer(roomId, beds, occupancy));
  return {
    offered: byPlace.reduce((sum, p) => sum + p.offered, 0),
    places: byPlace.filter((p) => p.offered > 0).length,
    byPlace,
  };
}

function placeOffer(roomId: string | null, beds: readonly Bed[], occupancy: Occupancy): PlaceOffer {
  const states = beds.map((bed) => statusOf(bed, occupancy).state);
  const free = states.filter((s) => s === 'free').length;
  const blockedBy: NotOffered | null = states.some((s) => s === 'occupied' || s === 'lent')
    ? 'household'
    : states.includes('reserved')
      ? 'reserved'
      : states.includes('being_cleaned')
        ? 'being_cleaned'
        : null;
  return blockedBy === null
    ? { roomId, offered: free, idle: 0, blockedBy: null }
    : { roomId, offered: 0, idle: free, blockedBy: free > 0 ? blockedBy : null };
}

function statusOf(bed: Bed, occupancy: Occupancy): BedStatus {
  const found = occupancy.beds[bed.id];
  if (!found) throw new Error(`Bed ${bed.id} is not in the occupancy`);
  return found;
}
