import type { CapacityRecords, Need, Reservation } from './types.ts';

/**
 * A reservation as staff made it: beds held for a household that is on its way (the police
 * bringing a woman and two children in two hours). It holds from the moment it was made until
 * `expiresAt` — no job releases it: past that instant the beds are simply free again.
 */
export interface HeldBeds {
  id: string;
  /** One bed per person: the adult's first, then the children's. */
  bedIds: readonly string[];
  /** Who is coming, when staff know the person already; else only a label. */
  personId: string | null;
  createdAt: Date;
  expiresAt: Date;
  cancelledAt: Date | null;
  fulfilledStayId: string | null;
}

export type ReservationStatus = 'held' | 'expired' | 'cancelled' | 'fulfilled';

/** A reservation holds its beds for this long at most: longer than that is a stay, not a hold. */
export const maxReservationHours = 48;

const hourMs = 3_600_000;

export function reservationStatus(r: HeldBeds, at: Date): ReservationStatus {
  if (r.fulfilledStayId !== null) return 'fulfilled';
  if (r.cancelledAt !== null) return 'cancelled';
  return at.getTime() < r.expiresAt.getTime() ? 'held' : 'expired';
}

/**
 * The reservations as the bed rules take them (`CapacityRecords.reservations`): the ones neither
 * cancelled nor fulfilled, each from when it was made until it expires — so `bedState` frees the
 * beds by itself once the time is up.
 */
export function bedHolds(reservations: readonly HeldBeds[]): Reservation[] {
  return reservations
    .filter((r) => r.cancelledAt === null && r.fulfilledStayId === null)
    .map((r) => ({ id: r.id, bedIds: r.bedIds, from: r.createdAt, until: r.expiresAt }));
}

/**
 * The records with one reservation left out: its household looking at the beds held for it
 * sees them free, and runs the ordinary fit check on them.
 */
export function withoutReservation(records: CapacityRecords, id: string): CapacityRecords {
  return { ...records, reservations: records.reservations.filter((r) => r.id !== id) };
}

export interface WindowProblem {
  field: 'expectedArrivalAt' | 'expiresAt';
  code: 'expires_not_in_future' | 'arrival_after_expiry' | 'hold_too_long';
}

/**
 * Whether a hold is sensible: it ends in the future, no later than `maxReservationHours` from
 * now, and not before the household is expected (a hold that ends before they come is no hold).
 */
export function reservationWindowProblems(
  expectedArrival: Date,
  expiresAt: Date,
  now: Date,
): WindowProblem[] {
  const problems: WindowProblem[] = [];
  if (expiresAt.getTime() <= now.getTime())
    problems.push({ field: 'expiresAt', code: 'expires_not_in_future' });
  else if (expiresAt.getTime() - now.getTime() > maxReservationHours * hourMs)
    problems.push({ field: 'expiresAt', code: 'hold_too_long' });
  if (expectedArrival.getTime() > expiresAt.getTime())
    problems.push({ field: 'expectedArrivalAt', code: 'arrival_after_expiry' });
  return problems;
}

export type FulfilmentRefusal =
  'cancelled' | 'already_fulfilled' | 'other_person' | 'beds_not_reserved';

/**
 * Whether a stay starting in `bedIds` for `personId` may take up the reservation: not cancelled
 * or already taken up; for the person it names, when it names one; and in at least one of its
 * beds. An expired reservation may still be taken up — its beds are free anyway, and the record
 * then tells that the expected household came. Null when it may.
 */
export function fulfilmentRefusal(
  r: HeldBeds,
  stay: { personId: string; bedIds: readonly string[] },
): FulfilmentRefusal | null {
  if (r.fulfilledStayId !== null) return 'already_fulfilled';
  if (r.cancelledAt !== null) return 'cancelled';
  if (r.personId !== null && r.personId !== stay.personId) return 'other_person';
  if (!stay.bedIds.some((id) => r.bedIds.includes(id))) return 'beds_not_reserved';
  return null;
}

/**
 * The reservation a stay starting in `bedIds` for `personId` takes up without naming one: the
 * reservation held now on those beds for that very person. Null when none is (a reservation
 * without a person must be named by the staff member starting the stay).
 */
export function reservationOfPerson(
  reservations: readonly HeldBeds[],
  stay: { personId: string; bedIds: readonly string[] },
  at: Date,
): HeldBeds | null {
  return (
    reservations.find(
      (r) =>
        reservationStatus(r, at) === 'held' &&
        r.personId === stay.personId &&
        stay.bedIds.some((id) => r.bedIds.includes(id)),
    ) ?? null
  );
}

// ---- The waiting list ----

/** How a household left the waiting list. */
export const waitingResolutions = [
  'placed_here',
  'placed_elsewhere',
  'withdrawn',
  'not_reached',
] as const;
export type WaitingResolution = (typeof waitingResolutions)[number];

/** A household waiting for a place, as the list keeps it. */
export interface WaitingEntry {
  id: string;
  need: Need;
  since: Date;
  resolvedAt: Date | null;
}

/**
 * Who is waiting at `at`, as the alert rules take them: on the list since then or earlier, and
 * not yet taken off it.
 */
export function waitingAt(
  entries: readonly WaitingEntry[],
  at: Date,
): { id: string; need: Need; since: Date }[] {
  return entries
    .filter(
      (e) =>
        e.since.getTime() <= at.getTime() &&
        (e.resolvedAt === null || at.getTime() < e.resolvedAt.getTime()),
    )
    .map((e) => ({ id: e.id, need: e.need, since: e.since }));
}
