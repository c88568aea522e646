import { unitBeds } from './beds.ts';
import type { Bed, Household, Need, ScreenedExclusion, ScreeningRules, Unit } from './types.ts';

/** Children younger than this may sleep in a cot; older children need a bed of their own. */
export const cotAgeLimit = 3;

/** Which physically separate housing a household belongs in; null when nobody has chosen yet. */
export function housingOf(household: Household): 'women' | 'men' | null {
  if (household.adultGender === 'female') return 'women';
  if (household.adultGender === 'male') return 'men';
  return household.housing ?? null;
}

/**
 * Whether the unit's target group takes the household, housing kept physically separate:
 * - women's housing (a woman, with or without children): `women_and_children` and `any`;
 * - a single man: `men` and `any`;
 * - a man with children: `men_with_children` and `any` — not `men`, which at the seed centres is
 *   housing for single men (Leistad helsehus takes single men only);
 * - an adult of gender 'other' with no housing chosen: `any` only.
 * A single man does not fit `men_with_children` either: that unit is kept for fathers. The
 * transition rule (a woman in a men's unit) is applied by `findPlaces`, not here.
 */
export function targetGroupFits(unit: Unit, household: Household): boolean {
  if (unit.targetGroup === 'any') return true;
  const housing = housingOf(household);
  if (housing === 'women') return unit.targetGroup === 'women_and_children';
  if (housing === 'men')
    return household.childAges.length === 0
      ? unit.targetGroup === 'men'
      : unit.targetGroup === 'men_with_children';
  return false;
}

/**
 * The beds a household would use among `beds`, one per person, or null when they are too few:
 * the adult first, then the children in the order given. A child under 3 takes a cot when there
 * is one (a cot is no use to anyone else); everyone else takes an ordinary bed before an extra bed.
 */
export function assignBeds(beds: readonly Bed[], childAges: readonly number[]): string[] | null {
  const cots = beds.filter((bed) => bed.kind === 'cot').map((bed) => bed.id);
  const ordinary = beds.filter((bed) => bed.kind === 'bed').map((bed) => bed.id);
  const extra = beds.filter((bed) => bed.kind === 'extra_bed').map((bed) => bed.id);
  const takeBed = (): string | undefined => ordinary.shift() ?? extra.shift();

  const adult = takeBed();
  if (adult === undefined) return null;
  const used = [adult];
  for (const age of childAges) {
    const bed = (age < cotAgeLimit ? cots.shift() : undefined) ?? takeBed();
    if (bed === undefined) return null;
    used.push(bed);
  }
  return used;
}

/** Why a unit can never take this household, whatever is free tonight. */
export type StaticMismatch =
  | 'wrong_target_group'
  | 'boys_age_limit'
  | 'screened_criteria'
  | 'screened_exclusion'
  | 'not_accessible'
  | 'floor'
  | 'not_enough_beds'
  | 'transition_apartment'
  | 'not_transition_apartment';

/**
 * Every reason the unit does not fit the need, looking at the unit as built (all beds free):
 * target group; a boy older than the unit's age limit for boys; the screened unit's criteria and
 * its exclusions (`screenedVerdict`); universal design when needed; the floor (ground
 * floor is floor 0; "not on the ground floor" means floor 1 or higher, as a basement is no safer);
 * whether one room — or, for a `whole_unit`, the whole unit — has a bed for every person; and
 * the kind of stay: a transition apartment takes only transition stays, every other unit only
 * crisis stays. Empty when the unit fits.
 */
export function whyUnitDoesNotFit(unit: Unit, need: Need): StaticMismatch[] {
  const reasons: StaticMismatch[] = [];
  if (!targetGroupFits(unit, need)) reasons.push('wrong_target_group');
  if (boysOverAgeLimit(unit, need).length > 0) reasons.push('boys_age_limit');
  if (unit.screened && !need.meetsScreenedCriteria) reasons.push('screened_criteria');
  if (unit.screened && screenedVerdict(unit.screening, need).verdict === 'refused')
    reasons.push('screened_exclusion');
  if (need.accessible && !unit.accessible) reasons.push('not_accessible');
  if (need.floor === 'ground_floor' && unit.floor !== 0) reasons.push('floor');
  if (need.floor === 'not_ground_floor' && unit.floor < 1) reasons.push('floor');
  if (!roomForHousehold(unit, need.childAges)) reasons.push('not_enough_beds');
  const forTransition = need.stayKind === 'transition';
  if ((unit.transitionApartment ?? false) !== forTransition)
    reasons.push(forTransition ? 'not_transition_apartment' : 'transition_apartment');
  return reasons;
}

/** Whether the unit, as built, fits the need (see `whyUnitDoesNotFit`). */
export function unitFits(unit: Unit, need: Need): boolean {
  return whyUnitDoesNotFit(unit, need).length === 0;
}

/** The household keeps together: one room, or the whole unit when it is let as one. */
function roomForHousehold(unit: Unit, childAges: readonly number[]): boolean {
  if (unit.allocation === 'whole_unit') return assignBeds(unitBeds(unit), childAges) !== null;
  return unit.rooms.some((room) => assignBeds(room.beds, childAges) !== null);
}

/** What a screened unit's rules say about a person. */
export type ScreenedVerdict =
  /** Meets the criteria and has none of the exclusions: the unit is for them. */
  | { verdict: 'target' }
  /** Has an exclusion the unit does not take: never offered, not even on loan. */
  | { verdict: 'refused'; exclusions: ScreenedExclusion[] }
  /** Outside the target group with no exclusion: may be lent the unit while it is empty. */
  | { verdict: 'outside' };

/**
 * The one rule for a screened unit (skjermet enhet), used by find-a-place, the move-in and the
 * intake: a person with an exclusion the unit does not take (`notTaken`: psychotic, cannot manage
 * own daily living) is refused, whatever else applies; one who meets the criteria is its target
 * group; anyone else is outside it. A screened unit without rules takes no exclusion at all.
 */
export function screenedVerdict(
  rules: ScreeningRules | null,
  person: Pick<Need, 'meetsScreenedCriteria' | 'screenedExclusions'>,
): ScreenedVerdict {
  const exclusions = (person.screenedExclusions ?? []).filter(
    (e) => rules === null || rules.notTaken.includes(e),
  );
  if (exclusions.length > 0) return { verdict: 'refused', exclusions: [...new Set(exclusions)] };
  return person.meetsScreenedCriteria ? { verdict: 'target' } : { verdict: 'outside' };
}

/** The ages of the household's boys who are older than the unit takes; empty when none. */
export function boysOverAgeLimit(unit: Unit, household: Household): number[] {
  const limit = unit.boysMaxAge;
  if (limit === undefined || limit === null) return [];
  return household.childAges.filter((age, i) => household.childSexes?.[i] === 'boy' && age > limit);
}
