import {
  clear,
  ids,
  instants,
  codes,
  idLists,
  freeText,
  type TextColumnsOf,
} from '../../platform/crypto/column-rules.ts';

/** The tables this module owns (OWNERS.md): only it writes them; platform/db composes them. */
export interface CapacityTables {
  sites: SiteTable;
  units: UnitTable;
  rooms: RoomTable;
  beds: BedTable;
  bed_assignments: BedAssignmentTable;
  bed_cleanings: BedCleaningTable;
  bed_out_of_service: BedOutOfServiceTable;
  bed_reservations: BedReservationTable;
  bed_reservation_beds: BedReservationBedTable;
  waiting_entries: WaitingEntryTable;
}

export type TargetGroupColumn = 'women_and_children' | 'men' | 'men_with_children' | 'any';

/** Capacity: sites → units → rooms → beds. `demo_values` is a JSON array of field names. */
export interface SiteTable {
  id: string;
  centre_id: string;
  name: string;
  position: number;
  demo_values: string;
  /** Removed softly, so the history of its beds stays whole. */
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface UnitTable {
  id: string;
  centre_id: string;
  site_id: string;
  name: string;
  kind: 'house' | 'apartment' | 'screened_unit';
  allocation: 'room' | 'whole_unit';
  target_group: TargetGroupColumn;
  screened: number;
  /** JSON ScreeningRules when screened, else null. */
  screening: string | null;
  accessible: number;
  floor: number;
  may_serve_as_transition: number;
  /** Used as a transition apartment: takes transition stays only (migration 0018; default 0). */
  transition_apartment?: number;
  /** Boys live here up to and including this age; null: no limit (migration 0026). */
  boys_max_age?: number | null;
  /** JSON array of UnitFeature codes. */
  features: string;
  /** JSON object: common rooms by name and count. */
  facilities: string;
  notes: string | null;
  position: number;
  demo_values: string;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface RoomTable {
  id: string;
  centre_id: string;
  unit_id: string;
  name: string;
  position: number;
  demo_values: string;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface BedTable {
  id: string;
  centre_id: string;
  room_id: string;
  label: string;
  kind: 'bed' | 'cot' | 'extra_bed';
  position: number;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Who slept in which bed from when to when; a move closes one row and opens another. */
export interface BedAssignmentTable {
  id: string;
  centre_id: string;
  stay_id: string;
  person_id: string;
  bed_id: string;
  from_at: string;
  to_at: string | null;
  created_by: string;
  created_at: string;
}

export interface BedCleaningTable {
  id: string;
  centre_id: string;
  bed_id: string;
  /** The assignment whose end left the bed to be cleaned. */
  assignment_id: string;
  vacated_at: string;
  ready_at: string | null;
  ready_by: string | null;
}

export interface BedOutOfServiceTable {
  id: string;
  centre_id: string;
  bed_id: string;
  reason: string;
  from_at: string;
  until_at: string | null;
  created_by: string;
  ended_by: string | null;
}

/** Who is coming or waiting, as the fit check needs it: no names. */
interface HouseholdColumns {
  adult_gender: 'female' | 'male' | 'other';
  housing: 'women' | 'men' | null;
  /** JSON array of whole years. */
  child_ages: string;
  accessible: number;
  floor_need: 'any' | 'ground_floor' | 'not_ground_floor';
  meets_screened_criteria: number;
}

/** Beds held for a household on its way until `expires_at`; the beds are `bed_reservation_beds`. */
export interface BedReservationTable extends HouseholdColumns {
  id: string;
  centre_id: string;
  /** Alias or initials only. */
  label: string;
  person_id: string | null;
  expected_arrival_at: string;
  expires_at: string;
  cancelled_at: string | null;
  cancelled_by: string | null;
  fulfilled_stay_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface BedReservationBedTable {
  id: string;
  centre_id: string;
  reservation_id: string;
  bed_id: string;
  /** 0 is the adult's bed. */
  position: number;
  /** Cancelled, taken up, or expired and then reserved again. */
  released_at: string | null;
}

export interface WaitingEntryTable extends HouseholdColumns {
  id: string;
  centre_id: string;
  label: string;
  person_id: string | null;
  since_at: string;
  resolved_at: string | null;
  resolution: 'placed_here' | 'placed_elsewhere' | 'withdrawn' | 'not_reached' | null;
  resolved_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Each text column here, sealed or clear with its reason (platform/crypto/sealed-columns.ts). */
export const capacityTextColumns = {
  bed_assignments: {
    ...ids('id', 'centre_id', 'stay_id', 'person_id', 'bed_id', 'created_by'),
    ...instants('from_at', 'to_at', 'created_at'),
  },
  bed_cleanings: {
    ...ids('id', 'centre_id', 'bed_id', 'assignment_id', 'ready_by'),
    ...instants('vacated_at', 'ready_at'),
  },
  bed_out_of_service: {
    ...ids('id', 'centre_id', 'bed_id', 'created_by', 'ended_by'),
    ...instants('from_at', 'until_at'),
    reason: freeText('why the bed is out of service can name what a resident did'),
  },
  bed_reservation_beds: {
    ...ids('id', 'centre_id', 'reservation_id', 'bed_id'),
    ...instants('released_at'),
  },
  bed_reservations: {
    ...ids('id', 'centre_id', 'person_id', 'cancelled_by', 'fulfilled_stay_id', 'created_by'),
    ...instants('expected_arrival_at', 'expires_at', 'cancelled_at', 'created_at', 'updated_at'),
    ...codes('adult_gender', 'housing', 'floor_need'),
    ...idLists('child_ages'),
    label: freeText('the alias or initials of a household on its way'),
  },
  beds: {
    ...ids('id', 'centre_id', 'room_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('kind'),
    label: clear("a bed's name in the building (B1, sofa)"),
  },
  rooms: {
    ...ids('id', 'centre_id', 'unit_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('demo_values'),
    name: clear("a room's name in the building"),
  },
  sites: {
    ...ids('id', 'centre_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('demo_values'),
    name: clear("a building's name"),
  },
  units: {
    ...ids('id', 'centre_id', 'site_id'),
    ...instants('removed_at', 'created_at', 'updated_at'),
    ...codes('kind', 'allocation', 'target_group', 'features', 'demo_values'),
    name: clear("a unit's name in the building"),
    screening: clear("a JSON object of the screened unit's rules (codes and flags)"),
    facilities: clear('a JSON object of common rooms and their count'),
    notes: clear('about a building (stairs, a ramp), not a resident'),
  },
  waiting_entries: {
    ...ids('id', 'centre_id', 'person_id', 'resolved_by', 'created_by'),
    ...instants('since_at', 'resolved_at', 'created_at', 'updated_at'),
    ...codes('adult_gender', 'housing', 'floor_need', 'resolution'),
    ...idLists('child_ages'),
    label: freeText('the alias or initials of a household waiting for a place'),
  },
} satisfies TextColumnsOf<CapacityTables>;
