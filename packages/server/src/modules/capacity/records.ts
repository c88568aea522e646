import {
  bedHolds,
  childAgeFor,
  localDate,
  type AdultGender,
  type CapacityRecords,
  type CapacityStay,
  type Gender,
  type HeldBeds,
  type Need,
} from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import type {
  BedReservationTable,
  StayTable,
  WaitingEntryTable,
} from '../../platform/db/tables.ts';
import { currentStaysOfCentre } from '../stays/index.ts';

/** A person in a bed now, with what the board and the rules need to know about them. */
export interface OpenAssignment {
  id: string;
  stayId: string;
  personId: string;
  bedId: string;
  fromAt: Date;
  isChild: boolean;
  birthDate: string | null;
  gender: Gender;
  alias: string | null;
  firstName: string | null;
  lastName: string | null;
}

export interface OpenStay {
  row: StayTable;
  /** The adult's first, then the children's. */
  assignments: OpenAssignment[];
}

/** Everything that decides the state of a centre's beds now — and nothing from the history. */
export interface LiveRecords {
  stays: Map<string, OpenStay>;
  /** For `occupancyAt` and `findPlaces`. */
  records: CapacityRecords;
  /** The stays going on, as the alert rules take them. */
  ongoing: CapacityStay[];
  cleaningSince: Map<string, Date>;
  outOfServiceSince: Map<string, Date>;
  /** Reservations holding beds now, by id. */
  reservations: Map<string, LiveReservation>;
  /** The households on the waiting list now: a screened place is not lent past its target group. */
  waiting: Need[];
}

export interface LiveReservation {
  row: BedReservationTable;
  held: HeldBeds;
}

/** A reservation row and its beds (adult's first) as the domain takes it. */
export function heldBedsOf(row: BedReservationTable, bedIds: string[]): HeldBeds {
  return {
    id: row.id,
    bedIds,
    personId: row.person_id,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    cancelledAt: row.cancelled_at === null ? null : new Date(row.cancelled_at),
    fulfilledStayId: row.fulfilled_stay_id,
  };
}

/** The household a reservation or a waiting entry describes, as the fit rules take it. */
export function needOfRow(
  row: Pick<
    WaitingEntryTable,
    | 'adult_gender'
    | 'housing'
    | 'child_ages'
    | 'accessible'
    | 'floor_need'
    | 'meets_screened_criteria'
  >,
): Need {
  return {
    adultGender: row.adult_gender,
    ...(row.housing !== null ? { housing: row.housing } : {}),
    childAges: JSON.parse(row.child_ages) as number[],
    accessible: row.accessible === 1,
    floor: row.floor_need,
    meetsScreenedCriteria: row.meets_screened_criteria === 1,
  };
}

/** The household as the API shows it. */
export function householdOfRow(row: Parameters<typeof needOfRow>[0]) {
  const need = needOfRow(row);
  return { ...need, childAges: [...need.childAges] };
}

/** The households on a centre's waiting list now, longest waiting first. */
export async function loadWaiting(db: Db | Tx, centreId: string) {
  return db
    .selectFrom('waiting_entries')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('resolved_at', 'is', null)
    .orderBy('since_at')
    .orderBy('id')
    .execute();
}

/**
 * The reservations of a centre that hold beds at `now` — neither cancelled, taken up nor
 * expired — with their beds in order, read through the open-reservations index.
 */
export async function loadHeldReservations(
  db: Db | Tx,
  centreId: string,
  now: Date,
): Promise<Map<string, LiveReservation>> {
  const rows = await db
    .selectFrom('bed_reservations')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('cancelled_at', 'is', null)
    .where('fulfilled_stay_id', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .execute();
  const beds =
    rows.length === 0
      ? []
      : await db
          .selectFrom('bed_reservation_beds')
          .select(['reservation_id', 'bed_id'])
          .where(
            'reservation_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('position')
          .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        row,
        held: heldBedsOf(
          row,
          beds.filter((b) => b.reservation_id === row.id).map((b) => b.bed_id),
        ),
      },
    ]),
  );
}

export const adultGenderOf = (gender: Gender): AdultGender =>
  gender === 'female' || gender === 'male' ? gender : 'other';

/** A stay going on, as the domain takes it; children's ages on `today` (an Oslo date). */
export function capacityStayOf(stay: OpenStay, today: string): CapacityStay {
  const adult = stay.assignments.find((a) => a.personId === stay.row.person_id);
  return {
    id: stay.row.id,
    adultGender: adult ? adultGenderOf(adult.gender) : 'other',
    childAges: stay.assignments
      .filter((a) => a.personId !== stay.row.person_id)
      .map((a) => childAgeFor(a.birthDate, undefined, today)),
    bedIds: stay.assignments.map((a) => a.bedId),
    arrival: new Date(stay.row.arrival_at),
    departure: null,
    lentScreened: stay.row.lent_screened === 1,
    transitionForWoman: stay.row.transition_for_woman === 1,
    vacateRaisedAt: stay.row.vacate_raised_at ? new Date(stay.row.vacate_raised_at) : null,
    meetsScreenedCriteria: stay.row.meets_screened_criteria === 1,
    kind: stay.row.kind ?? 'crisis',
  };
}

/**
 * The open rows only — stays not ended, assignments not closed, beds not yet cleaned, periods
 * out of service not ended — each read through its partial index, so the cost does not grow
 * with years of history. `excludeStayId` leaves one stay out (its beds look free), for a move.
 */
export async function loadLiveRecords(
  db: Db | Tx,
  centreId: string,
  now: Date,
  excludeStayId?: string,
): Promise<LiveRecords> {
  const [stayRows, assignments, cleanings, broken, reservations, waiting] = await Promise.all([
    currentStaysOfCentre(db, centreId),
    db
      .selectFrom('bed_assignments as a')
      .innerJoin('persons as p', 'p.id', 'a.person_id')
      .select([
        'a.id',
        'a.stay_id',
        'a.person_id',
        'a.bed_id',
        'a.from_at',
        'p.is_child',
        'p.birth_date',
        'p.gender',
        'p.alias',
        'p.first_name',
        'p.last_name',
      ])
      .where('a.centre_id', '=', centreId)
      .where('a.to_at', 'is', null)
      .orderBy('a.from_at')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('bed_cleanings as c')
      .innerJoin('bed_assignments as a', 'a.id', 'c.assignment_id')
      .select(['c.bed_id', 'c.vacated_at', 'a.id as assignment_id', 'a.from_at'])
      .where('c.centre_id', '=', centreId)
      .where('c.ready_at', 'is', null)
      .execute(),
    db
      .selectFrom('bed_out_of_service')
      .select(['bed_id', 'from_at', 'reason'])
      .where('centre_id', '=', centreId)
      .where('until_at', 'is', null)
      .execute(),
    loadHeldReservations(db, centreId, now),
    loadWaiting(db, centreId),
  ]);

  const stays = new Map<string, OpenStay>();
  for (const row of stayRows) {
    if (row.id !== excludeStayId) stays.set(row.id, { row, assignments: [] });
  }
  for (const a of assignments) {
    const stay = stays.get(a.stay_id);
    if (!stay) continue;
    const entry: OpenAssignment = {
      id: a.id,
      stayId: a.stay_id,
      personId: a.person_id,
      bedId: a.bed_id,
      fromAt: new Date(a.from_at),
      isChild: a.person_id !== stay.row.person_id,
      birthDate: a.birth_date,
      gender: a.gender,
      alias: a.alias,
      firstName: a.first_name,
      lastName: a.last_name,
    };
    if (entry.isChild) stay.assignments.push(entry);
    else stay.assignments.unshift(entry);
  }

  const today = localDate(now);
  const ongoing = [...stays.values()].map((stay) => capacityStayOf(stay, today));
  // A bed left and not yet cleaned: the stretch of the assignment that ended is what the rule
  // needs to say "being cleaned since the departure".
  const departed: CapacityStay[] = cleanings.map((c) => ({
    id: c.assignment_id,
    adultGender: 'other',
    childAges: [],
    bedIds: [c.bed_id],
    arrival: new Date(c.from_at),
    departure: new Date(c.vacated_at),
    lentScreened: false,
    transitionForWoman: false,
  }));
  return {
    stays,
    records: {
      stays: [...ongoing, ...departed],
      readyMarks: [],
      reservations: bedHolds([...reservations.values()].map((r) => r.held)),
      outOfService: broken.map((b) => ({
        bedId: b.bed_id,
        from: new Date(b.from_at),
        until: null,
        reason: b.reason,
      })),
    },
    ongoing,
    cleaningSince: new Map(cleanings.map((c) => [c.bed_id, new Date(c.vacated_at)])),
    outOfServiceSince: new Map(broken.map((b) => [b.bed_id, new Date(b.from_at)])),
    reservations,
    waiting: waiting.map(needOfRow),
  };
}
