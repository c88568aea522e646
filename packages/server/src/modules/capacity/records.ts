import {
  childAgeFor,
  localDate,
  type AdultGender,
  type CapacityRecords,
  type CapacityStay,
} from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { Gender, StayTable } from '../../platform/db/tables.ts';

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
    meetsScreenedCriteria: stay.row.meets_screened_criteria === 1,
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
  const [stayRows, assignments, cleanings, broken] = await Promise.all([
    db
      .selectFrom('stays')
      .selectAll()
      .where('centre_id', '=', centreId)
      .where('departure_at', 'is', null)
      .execute(),
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
      reservations: [],
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
  };
}
