/**
 * The capacity model as plain data: a centre has sites, a site has units, a unit has rooms, a
 * room has beds. Everything here is serialisable; instants are `Date`, calendar dates are
 * `YYYY-MM-DD` strings in Europe/Oslo.
 */

/** Who a unit is for. Women's and men's housing is physically separate (DOMAIN.md §2.4). */
export const targetGroups = ['women_and_children', 'men', 'men_with_children', 'any'] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const unitKinds = ['house', 'apartment', 'screened_unit'] as const;
export type UnitKind = (typeof unitKinds)[number];

/**
 * How a unit is handed out. `room`: each household gets one bedroom of its own and shares the
 * common rooms (the main houses, Bergen's men's apartment with three residents' bedrooms).
 * `whole_unit`: one household gets the whole unit (an ordinary apartment).
 */
export const allocations = ['room', 'whole_unit'] as const;
export type Allocation = (typeof allocations)[number];

/** A `cot` is only for a child under 3; an `extra_bed` is put up on top of a room's ordinary beds. */
export const bedKinds = ['bed', 'cot', 'extra_bed'] as const;
export type BedKind = (typeof bedKinds)[number];

export const adultGenders = ['female', 'male', 'other'] as const;
export type AdultGender = (typeof adultGenders)[number];

/** A child's sex as staff were told it; 'unknown' when not asked or not known. */
export const childSexes = ['girl', 'boy', 'unknown'] as const;
export type ChildSex = (typeof childSexes)[number];

/** Admission criteria of a screened unit (skjermet enhet), as codes the web app translates. */
export const screenedConditions = [
  'mental_illness',
  'substance_problems',
  'behaviour_unfit_for_communal_living',
] as const;
export type ScreenedCondition = (typeof screenedConditions)[number];
export const screenedExclusions = ['psychotic', 'cannot_manage_daily_living'] as const;
export type ScreenedExclusion = (typeof screenedExclusions)[number];

export interface ScreeningRules {
  /** Violence in close relations that makes a crisis-centre stay necessary: always required. */
  requiresViolence: true;
  /** At least one of these additional problems. */
  anyOf: readonly ScreenedCondition[];
  /** Never taken in the unit, whatever else applies. */
  notTaken: readonly ScreenedExclusion[];
  /** How often staff check that all is well, in minutes. */
  staffCheckIntervalMinutes: number;
  extendedHouseRules: boolean;
}

/** Physical features worth showing on the board and in a safety assessment. */
export const unitFeatures = [
  'locked_gate',
  'second_locked_door',
  'security_door',
  'lift',
  'staff_office',
  'no_view_from_street',
  'fenced_garden',
  'own_entrance',
] as const;
export type UnitFeature = (typeof unitFeatures)[number];

export interface Bed {
  id: string;
  kind: BedKind;
}

export interface Room {
  id: string;
  name: string;
  beds: readonly Bed[];
  /** Fields of this record chosen for the demo because the sources do not give them. */
  demoValues?: readonly string[];
}

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  allocation: Allocation;
  targetGroup: TargetGroup;
  /** Screened unit: only for people who meet `screening`; may be lent when empty (see findPlaces). */
  screened: boolean;
  screening: ScreeningRules | null;
  /** Universally designed (universell utforming). */
  accessible: boolean;
  /** 0 is the ground floor. */
  floor: number;
  /** A men's unit that may house a woman as a transition home when no women's place fits. */
  mayServeAsTransition: boolean;
  /**
   * Boys may live here with their mother up to and including this age (whole years at arrival);
   * an older boy's household is placed elsewhere, e.g. in an apartment. Absent or null: no limit.
   */
  boysMaxAge?: number | null;
  /**
   * The centre uses the unit as a transition apartment (overgangsbolig): housing after the crisis
   * stay while the person waits for a home of their own, followed up in re-establishment. Its
   * stays are transition stays, and it takes no crisis stays. Not the same as
   * `mayServeAsTransition`: a woman placed in a men's unit because the women's places are full is
   * in crisis, and her stay is a crisis stay.
   */
  transitionApartment?: boolean;
  rooms: readonly Room[];
  features?: readonly UnitFeature[];
  /** Common rooms and the like, by name, e.g. `{ kitchens: 2 }`. */
  facilities?: Readonly<Record<string, number>>;
  notes?: string;
  demoValues?: readonly string[];
}

export interface Site {
  id: string;
  name: string;
  units: readonly Unit[];
  demoValues?: readonly string[];
}

export interface CapacityModel {
  centreId: string;
  name: string;
  sites: readonly Site[];
}

/**
 * `crisis`: the temporary housing of the crisis centre. `transition`: a stay in a transition
 * apartment after the crisis stay, counted as crisis-centre overnights only if the centre says so.
 */
export const stayKinds = ['crisis', 'transition'] as const;
export type StayKind = (typeof stayKinds)[number];

/**
 * A stay in its minimal form: one adult, the children who came along, the beds the household
 * uses, and when. `departure` is null while the stay goes on.
 */
export interface CapacityStay {
  id: string;
  adultGender: AdultGender;
  childAges: readonly number[];
  bedIds: readonly string[];
  arrival: Date;
  departure: Date | null;
  /** A person outside the target group living in a screened unit that was lent while empty. */
  lentScreened: boolean;
  /** A woman living in a men's unit as a transition home while the women's places were full. */
  transitionForWoman: boolean;
  /**
   * A transition stay: when a search for a man first found no other place than her unit (see
   * `transitionHomes`). Absent or null: no such search.
   */
  vacateRaisedAt?: Date | null;
  /** The adult meets a screened unit's criteria (so is its target group wherever they live). */
  meetsScreenedCriteria?: boolean;
  /** Absent: a crisis stay. */
  kind?: StayKind;
}

/** Staff marked the bed clean and ready (textiles washed) after a departure. */
export interface ReadyMark {
  bedId: string;
  readyAt: Date;
}

/** Beds held for an expected arrival, from `from` until `until` (exclusive). */
export interface Reservation {
  id: string;
  bedIds: readonly string[];
  from: Date;
  until: Date;
}

/** A bed taken out of use (broken, damp, pests…) from `from` until `until`, or until further notice. */
export interface OutOfService {
  bedId: string;
  from: Date;
  until: Date | null;
  reason: string;
}

/** Everything that decides the state of the beds at an instant. */
export interface CapacityRecords {
  stays: readonly CapacityStay[];
  readyMarks: readonly ReadyMark[];
  reservations: readonly Reservation[];
  outOfService: readonly OutOfService[];
}

/** The housing an adult of gender 'other' is placed in, chosen together with the person. */
export const housings = ['women', 'men'] as const;
export type Housing = (typeof housings)[number];

/** The household looking for a place. */
export interface Household {
  adultGender: AdultGender;
  /**
   * For an adult of gender 'other': the housing chosen together with the person. Without it only
   * units for `any` fit. Ignored for 'female' (women's housing) and 'male' (men's housing).
   */
  housing?: Housing;
  childAges: readonly number[];
  /** The children's sexes in the order of `childAges`; a missing one counts as 'unknown'. */
  childSexes?: readonly ChildSex[];
}

export const floorNeeds = ['any', 'ground_floor', 'not_ground_floor'] as const;
export type FloorNeed = (typeof floorNeeds)[number];

export interface Need extends Household {
  /** Needs a universally designed unit. */
  accessible: boolean;
  /** Meets the screened unit's admission criteria (staff's assessment). */
  meetsScreenedCriteria: boolean;
  /** What staff found that a screened unit may not take (psychotic, …); absent: none. */
  screenedExclusions?: readonly ScreenedExclusion[];
  floor: FloorNeed;
  /** The kind of stay the place is for; absent: a crisis stay. */
  stayKind?: StayKind;
}
