import type {
  Bed,
  CapacityModel,
  CapacityRecords,
  OutOfService,
  ReadyMark,
  Reservation,
  Room,
  Site,
  CapacityStay,
  Unit,
} from './types.ts';

export const bedStates = [
  'free',
  'occupied',
  'reserved',
  'being_cleaned',
  'lent',
  'out_of_service',
] as const;
export type BedState = (typeof bedStates)[number];

/** The state of one bed at an instant, with what the board needs to say more. */
export type BedStatus =
  | { state: 'free' }
  | { state: 'occupied' | 'lent'; stayId: string }
  | { state: 'reserved'; reservationId: string; until: Date }
  | { state: 'being_cleaned'; since: Date }
  | { state: 'out_of_service'; reason: string };

/** Where a bed sits in the model. */
export interface BedPlace {
  site: Site;
  unit: Unit;
  room: Room;
  bed: Bed;
}

/** Every bed of the model by id. Bed ids must be unique within a model; a duplicate throws. */
export function indexBeds(model: CapacityModel): Map<string, BedPlace> {
  const index = new Map<string, BedPlace>();
  for (const site of model.sites)
    for (const unit of site.units)
      for (const room of unit.rooms)
        for (const bed of room.beds) {
          if (index.has(bed.id)) throw new Error(`Bed id ${bed.id} is used twice`);
          index.set(bed.id, { site, unit, room, bed });
        }
  return index;
}

/** All beds of a unit, room by room. */
export function unitBeds(unit: Unit): Bed[] {
  return unit.rooms.flatMap((room) => room.beds);
}

const t = (d: Date): number => d.getTime();

/** Whether the stay is going on at the instant: from arrival (inclusive) to departure (exclusive). */
export function stayIsOngoing(stay: CapacityStay, at: Date): boolean {
  return t(stay.arrival) <= t(at) && (stay.departure === null || t(at) < t(stay.departure));
}

/** A stay that is lent a place outside its target group: the board shows its beds as `lent`. */
export function isLentStay(stay: CapacityStay): boolean {
  return stay.lentScreened || stay.transitionForWoman;
}

/**
 * The state of one bed at `at`. In order of precedence:
 * - `occupied` / `lent`: a stay is going on in it (lent when the stay is a lent screened place or
 *   a woman's transition stay in a men's unit) — a person being there outweighs any other mark;
 * - `out_of_service`: a period taken out of use covers `at`;
 * - `being_cleaned`: someone has left the bed and no staff member has marked it ready since, with
 *   a `readyAt` after that departure. A mark from before the last departure does not count, so a
 *   bed is never offered between a departure and the cleaning (infection-control rules);
 * - `reserved`: a reservation covers `at`;
 * - otherwise `free`.
 */
export function bedState(bedId: string, records: CapacityRecords, at: Date): BedStatus {
  const stays = records.stays.filter((stay) => stay.bedIds.includes(bedId));
  const current = stays.find((stay) => stayIsOngoing(stay, at));
  if (current) return { state: isLentStay(current) ? 'lent' : 'occupied', stayId: current.id };

  const broken = records.outOfService.find(
    (period) =>
      period.bedId === bedId &&
      t(period.from) <= t(at) &&
      (period.until === null || t(at) < t(period.until)),
  );
  if (broken) return { state: 'out_of_service', reason: broken.reason };

  let lastDeparture: Date | null = null;
  for (const stay of stays) {
    if (stay.departure !== null && t(stay.departure) <= t(at)) {
      if (lastDeparture === null || t(stay.departure) > t(lastDeparture))
        lastDeparture = stay.departure;
    }
  }
  if (lastDeparture !== null) {
    const since = lastDeparture;
    const ready = records.readyMarks.some(
      (mark) => mark.bedId === bedId && t(mark.readyAt) > t(since) && t(mark.readyAt) <= t(at),
    );
    if (!ready) return { state: 'being_cleaned', since };
  }

  const held = records.reservations.find(
    (r) => r.bedIds.includes(bedId) && t(r.from) <= t(at) && t(at) < t(r.until),
  );
  if (held) return { state: 'reserved', reservationId: held.id, until: held.until };
  return { state: 'free' };
}

/** The live board: the state of every bed of the model at one instant. */
export interface Occupancy {
  at: Date;
  beds: Readonly<Record<string, BedStatus>>;
}

/**
 * The state of every bed in the model at `at` (see `bedState`). Records about beds that are not
 * in the model are ignored. Pass the result to `findPlaces`.
 */
export function occupancyAt(model: CapacityModel, records: CapacityRecords, at: Date): Occupancy {
  // Narrow the records to each bed once, so the board costs one pass over them, not one per bed.
  interface PerBed {
    stays: CapacityStay[];
    readyMarks: ReadyMark[];
    reservations: Reservation[];
    outOfService: OutOfService[];
  }
  const byBed = new Map<string, PerBed>();
  const slot = (bedId: string): PerBed => {
    let found = byBed.get(bedId);
    if (!found) {
      found = { stays: [], readyMarks: [], reservations: [], outOfService: [] };
      byBed.set(bedId, found);
    }
    return found;
  };
  for (const stay of records.stays) for (const id of stay.bedIds) slot(id).stays.push(stay);
  for (const mark of records.readyMarks) slot(mark.bedId).readyMarks.push(mark);
  for (const r of records.reservations) for (const id of r.bedIds) slot(id).reservations.push(r);
  for (const period of records.outOfService) slot(period.bedId).outOfService.push(period);

  const beds: Record<string, BedStatus> = {};
  for (const id of indexBeds(model).keys()) beds[id] = bedState(id, slot(id), at);
  return { at, beds };
}
