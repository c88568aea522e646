import type { BedStatus, Occupancy } from './beds.ts';
import { unitBeds } from './beds.ts';
import type { StaticMismatch } from './fit.ts';
import {
  assignBeds,
  boysOverAgeLimit,
  housingOf,
  screenedVerdict,
  unitFits,
  whyUnitDoesNotFit,
} from './fit.ts';
import type { Bed, CapacityModel, Need, ScreenedExclusion, Unit } from './types.ts';

/**
 * How an option is offered, in this order: the screened unit to someone who meets its criteria;
 * an ordinary place of the person's own target group; a men's unit as a woman's transition home;
 * an empty screened unit lent to someone outside its target group.
 */
export const placeTiers = ['screened_target', 'regular', 'transition', 'lent'] as const;
export type PlaceTier = (typeof placeTiers)[number];

/** Why an option sits where it does in the list. */
export type OrderNote =
  | { code: 'screened_unit_for_its_target_group' }
  | { code: 'regular_place' }
  | { code: 'transition_only_when_no_women_place' }
  | { code: 'lent_only_when_regular_places_full' }
  | { code: 'accessible_kept_for_those_who_need_it' }
  | { code: 'spare_beds'; count: number };

export interface PlaceOption {
  /** 1 is the first choice. */
  rank: number;
  siteId: string;
  unitId: string;
  /** The room the household gets; null when it gets the whole unit. */
  roomId: string | null;
  /** One bed per person: the adult's first, then the children's in the order of the need. */
  bedIds: string[];
  tier: PlaceTier;
  /** Usable beds in the room (or unit) that the household leaves empty. */
  spareBeds: number;
  order: OrderNote[];
  /** What the household must accept with this place, or null. */
  condition: PlaceCondition | null;
  /** The flags to set on the stay if this option is taken. */
  stayFlags: { lentScreened: boolean; transitionForWoman: boolean };
}

/** Why a unit offers nothing tonight: a `StaticMismatch`, or the state of its beds tonight. */
export const unfitReasons = [
  'wrong_target_group',
  'boys_age_limit',
  'screened_exclusion',
  'screened_criteria',
  'screened_target_waiting',
  'not_accessible',
  'floor',
  'not_enough_beds',
  'transition_apartment',
  'not_transition_apartment',
  'regular_place_available',
  'occupied',
  'reserved',
  'being_cleaned',
  'out_of_service',
] as const;
export type UnfitReason = (typeof unfitReasons)[number];

export interface UnitRejection {
  siteId: string;
  unitId: string;
  reasons: UnfitReason[];
  /** With `screened_exclusion`: the exclusions the screened unit does not take. */
  exclusions?: ScreenedExclusion[];
  /** With `boys_age_limit`: the ages of the boys older than the unit's limit. */
  boysOverAge?: number[];
}

export interface PlaceSearch {
  options: PlaceOption[];
  notFitting: UnitRejection[];
}

/**
 * What a household must accept with a place offered outside its own target group, as a code the
 * web words in the user's language: a lent screened unit is left when its target group needs it,
 * a men's unit serving as a woman's transition home is left quickly when a man needs it.
 */
export const placeConditions = ['vacate_for_target_group', 'vacate_for_man'] as const;
export type PlaceCondition = (typeof placeConditions)[number];
const conditionOf: Record<PlaceTier, PlaceCondition | null> = {
  screened_target: null,
  regular: null,
  transition: 'vacate_for_man',
  lent: 'vacate_for_target_group',
};

const reasonOrder: readonly UnfitReason[] = [
  'wrong_target_group',
  'boys_age_limit',
  'screened_exclusion',
  'screened_criteria',
  'screened_target_waiting',
  'not_accessible',
  'floor',
  'not_enough_beds',
  'transition_apartment',
  'not_transition_apartment',
  'regular_place_available',
  'occupied',
  'reserved',
  'being_cleaned',
  'out_of_service',
];

/**
 * The places that fit a need now, best first, and for every other unit the reasons it does not
 * fit — so the night watch sees why, not just "full".
 *
 * A household keeps together: it gets one room of its own (one household per room), or the whole
 * unit when the unit is let as a whole. A room or unit is offered only when none of its beds is
 * occupied, lent, reserved or being cleaned; beds out of service are simply not counted.
 *
 * Order: screened unit for its target group, then regular places, then a men's unit as a woman's
 * transition home — only when no screened or regular place fits — then an empty screened unit
 * lent to someone else — only when no screened or regular place fits, only when the whole
 * screened unit is empty, only to a person with none of its exclusions (`screenedVerdict`), and
 * not while someone of its target group who fits it is `waiting`. Within a tier, accessible units come after the others for a person who
 * does not need one (they are kept for those who do), then the snuggest fit (fewest spare beds),
 * then the order of the model.
 *
 * `occupancy` must come from `occupancyAt` for the same model; a bed missing from it throws.
 */
export function findPlaces(
  model: CapacityModel,
  occupancy: Occupancy,
  need: Need,
  waiting: readonly Need[] = [],
): PlaceSearch {
  const persons = 1 + need.childAges.length;
  const ordinary: Omit<PlaceOption, 'rank'>[] = [];
  // Transition and lent places: offered only when no ordinary place fits.
  const fallback: Omit<PlaceOption, 'rank'>[] = [];
  const fallbackUnits: { siteId: string; unitId: string; tier: PlaceTier }[] = [];
  const notFitting: UnitRejection[] = [];
  const modelOrder = new Map<string, number>();

  for (const site of model.sites) {
    for (const unit of site.units) {
      modelOrder.set(unit.id, modelOrder.size);
      const reject = (reasons: Iterable<UnfitReason>): void => {
        notFitting.push({
          siteId: site.id,
          unitId: unit.id,
          reasons: sortReasons(reasons),
          ...details(unit, need),
        });
      };
      const mismatches = whyUnitDoesNotFit(unit, need);
      const tier = tierFor(unit, need, mismatches);
      const softened = mismatches.filter(
        (m) =>
          !(tier === 'transition' && m === 'wrong_target_group') &&
          !(tier === 'lent' && m === 'screened_criteria'),
      );
      if (tier === null || softened.length > 0) {
        reject(mismatches);
        continue;
      }

      const status = (bed: Bed): BedStatus => {
        const found = occupancy.beds[bed.id];
        if (!found) throw new Error(`Bed ${bed.id} is not in the occupancy`);
        return found;
      };
      const found = freePlaces(unit, need.childAges, status);
      if (tier === 'lent' && waiting.some((other) => unitFits(unit, other))) {
        found.places = [];
        found.blockers.add('screened_target_waiting');
      }
      if (tier === 'lent') {
        // Lent only while the screened unit is wholly empty: someone lives there, or is coming.
        const inUse = blockers(unitBeds(unit), status);
        inUse.delete('out_of_service');
        if (inUse.size > 0) found.places = [];
        for (const reason of inUse) found.blockers.add(reason);
      }
      if (found.places.length === 0) {
        reject([...mismatches, ...found.blockers]);
        continue;
      }

      for (const place of found.places) {
        const accessibleKept = unit.accessible && !need.accessible;
        const spareBeds = place.usableBeds - persons;
        const option: Omit<PlaceOption, 'rank'> = {
          siteId: site.id,
          unitId: unit.id,
          roomId: place.roomId,
          bedIds: place.bedIds,
          tier,
          spareBeds,
          order: [
            tierNote(tier),
            ...(accessibleKept ? [{ code: 'accessible_kept_for_those_who_need_it' as const }] : []),
            { code: 'spare_beds', count: spareBeds },
          ],
          condition: conditionOf[tier],
          stayFlags: { lentScreened: tier === 'lent', transitionForWoman: tier === 'transition' },
        };
        (tier === 'transition' || tier === 'lent' ? fallback : ordinary).push(option);
      }
      if (tier === 'transition' || tier === 'lent')
        fallbackUnits.push({ siteId: site.id, unitId: unit.id, tier });
    }
  }

  const options = ordinary.length === 0 ? fallback : ordinary;
  if (ordinary.length > 0)
    for (const unit of fallbackUnits) {
      const first = unit.tier === 'transition' ? 'wrong_target_group' : 'screened_criteria';
      notFitting.push({
        siteId: unit.siteId,
        unitId: unit.unitId,
        reasons: [first, 'regular_place_available'],
      });
    }

  const ranked = [...options].sort(
    (a, b) =>
      placeTiers.indexOf(a.tier) - placeTiers.indexOf(b.tier) ||
      Number(kept(a)) - Number(kept(b)) ||
      a.spareBeds - b.spareBeds ||
      (modelOrder.get(a.unitId) ?? 0) - (modelOrder.get(b.unitId) ?? 0),
  );
  return {
    options: ranked.map((option, i) => ({ rank: i + 1, ...option })),
    notFitting: notFitting.sort(
      (a, b) => (modelOrder.get(a.unitId) ?? 0) - (modelOrder.get(b.unitId) ?? 0),
    ),
  };
}

function kept(option: Omit<PlaceOption, 'rank'>): boolean {
  return option.order.some((note) => note.code === 'accessible_kept_for_those_who_need_it');
}

/** What a rejection names beyond its reasons: the exclusions refused, the boys over the limit. */
function details(unit: Unit, need: Need): Pick<UnitRejection, 'exclusions' | 'boysOverAge'> {
  const verdict = unit.screened ? screenedVerdict(unit.screening, need) : null;
  const boys = boysOverAgeLimit(unit, need);
  return {
    ...(verdict?.verdict === 'refused' ? { exclusions: verdict.exclusions } : {}),
    ...(boys.length > 0 ? { boysOverAge: boys } : {}),
  };
}

/** The tier the unit could be offered in, before looking at tonight's beds; null: never. */
function tierFor(unit: Unit, need: Need, mismatches: readonly StaticMismatch[]): PlaceTier | null {
  if (unit.screened) {
    const { verdict } = screenedVerdict(unit.screening, need);
    return verdict === 'target' ? 'screened_target' : verdict === 'outside' ? 'lent' : null;
  }
  if (!mismatches.includes('wrong_target_group')) return 'regular';
  const menUnit = unit.targetGroup === 'men' || unit.targetGroup === 'men_with_children';
  if (unit.mayServeAsTransition && menUnit && housingOf(need) === 'women') return 'transition';
  return null;
}

function tierNote(tier: PlaceTier): OrderNote {
  switch (tier) {
    case 'screened_target':
      return { code: 'screened_unit_for_its_target_group' };
    case 'regular':
      return { code: 'regular_place' };
    case 'transition':
      return { code: 'transition_only_when_no_women_place' };
    case 'lent':
      return { code: 'lent_only_when_regular_places_full' };
  }
}

type Blocker =
  'occupied' | 'reserved' | 'being_cleaned' | 'out_of_service' | 'screened_target_waiting';

function blockers(beds: readonly Bed[], status: (bed: Bed) => BedStatus): Set<Blocker> {
  const found = new Set<Blocker>();
  for (const bed of beds) {
    const { state } = status(bed);
    if (state === 'occupied' || state === 'lent') found.add('occupied');
    else if (state !== 'free') found.add(state);
  }
  return found;
}

interface FreePlace {
  roomId: string | null;
  bedIds: string[];
  usableBeds: number;
}

/**
 * The rooms (or the whole unit) the household could move into now, and what blocks the rest.
 * Only rooms big enough for the household when empty are looked at, so a small room that is
 * occupied does not make "occupied" a reason.
 */
function freePlaces(
  unit: Unit,
  childAges: readonly number[],
  status: (bed: Bed) => BedStatus,
): { places: FreePlace[]; blockers: Set<Blocker> } {
  const candidates =
    unit.allocation === 'whole_unit'
      ? [{ roomId: null, beds: unitBeds(unit) }]
      : unit.rooms.map((room) => ({ roomId: room.id as string | null, beds: room.beds }));
  const places: FreePlace[] = [];
  const all = new Set<Blocker>();
  for (const candidate of candidates) {
    if (assignBeds(candidate.beds, childAges) === null) continue;
    const inTheWay = blockers(candidate.beds, status);
    const usable = candidate.beds.filter((bed) => status(bed).state === 'free');
    const bedIds = assignBeds(usable, childAges);
    const onlyBroken =
      inTheWay.size === 0 || (inTheWay.size === 1 && inTheWay.has('out_of_service'));
    if (onlyBroken && bedIds !== null) {
      places.push({ roomId: candidate.roomId, bedIds, usableBeds: usable.length });
    } else {
      for (const reason of inTheWay) all.add(reason);
    }
  }
  return { places, blockers: all };
}

function sortReasons(reasons: Iterable<UnfitReason>): UnfitReason[] {
  return [...new Set(reasons)].sort((a, b) => reasonOrder.indexOf(a) - reasonOrder.indexOf(b));
}
