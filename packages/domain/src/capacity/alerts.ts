import type { BedPlace } from './beds.ts';
import { indexBeds, stayIsOngoing } from './beds.ts';
import type { PlaceSearch } from './find-places.ts';
import { housingOf, unitFits } from './fit.ts';
import type { CapacityModel, Need, CapacityStay } from './types.ts';

/** Someone who needs a place and has none yet (on the phone, at the door, referred). */
export interface WaitingHousehold {
  id: string;
  need: Need;
  /** On the waiting list since; absent: from now. */
  since?: Date;
}

export interface ScreenedUnitAlert {
  code: 'move_out_of_screened_unit';
  siteId: string;
  unitId: string;
  /** The stay that was lent the screened unit and must now move. */
  lentStayId: string;
  /** People of the target group already living elsewhere at the centre who fit the unit. */
  admittedStayIds: string[];
  /** People of the target group waiting for a place who fit the unit. */
  waitingIds: string[];
}

export interface TransitionAlert {
  code: 'vacate_transition_place';
  siteId: string;
  unitId: string;
  /** The woman's transition stay that must make room. */
  stayId: string;
  /** The men waiting who fit the unit. */
  waitingIds: string[];
  /** When a man first needed the place. */
  raisedAt: Date;
}

/** A woman living in a men's unit as a transition home, and whether a man needs the place. */
export interface TransitionHome {
  stayId: string;
  siteId: string;
  unitId: string;
  /** When a man first needed the place; null while none has. */
  raisedAt: Date | null;
  /** The men waiting who fit the unit. */
  waitingIds: string[];
  /**
   * The search given found no other place for its man than this unit: the need is to be
   * recorded on the stay (`vacateRaisedAt`) if it holds none yet, so it outlasts the search.
   */
  neededBySearch: boolean;
}

/** The unit a stay lives in, taken from its first bed the model knows. */
function placeOf(stay: CapacityStay, beds: Map<string, BedPlace>): BedPlace | undefined {
  for (const id of stay.bedIds) {
    const place = beds.get(id);
    if (place) return place;
  }
  return undefined;
}

/** What a resident needs, as far as the stay tells: no stated accessibility or floor needs. */
function needOfStay(stay: CapacityStay): Need {
  return {
    adultGender: stay.adultGender,
    childAges: stay.childAges,
    accessible: false,
    floor: 'any',
    meetsScreenedCriteria: stay.meetsScreenedCriteria ?? false,
  };
}

/**
 * "Move out of the screened unit": raised for every stay lent a screened unit (`lentScreened`)
 * that is going on at `now`, when a person of the unit's target group — meeting its criteria and
 * fitting the unit (target group, beds, accessibility, floor) — is either living elsewhere at
 * the centre or waiting for a place. Those people are named on the alert.
 */
export function screenedUnitAlerts(
  model: CapacityModel,
  stays: readonly CapacityStay[],
  waiting: readonly WaitingHousehold[],
  now: Date,
): ScreenedUnitAlert[] {
  const beds = indexBeds(model);
  const ongoing = stays.filter((stay) => stayIsOngoing(stay, now));
  const alerts: ScreenedUnitAlert[] = [];
  for (const lent of ongoing) {
    if (!lent.lentScreened) continue;
    const place = placeOf(lent, beds);
    if (!place || !place.unit.screened) continue;
    const unit = place.unit;
    const admittedStayIds = ongoing
      .filter(
        (stay) =>
          stay.meetsScreenedCriteria === true &&
          placeOf(stay, beds)?.unit.id !== unit.id &&
          unitFits(unit, needOfStay(stay)),
      )
      .map((stay) => stay.id);
    const waitingIds = waiting
      .filter((w) => w.need.meetsScreenedCriteria && unitFits(unit, w.need))
      .map((w) => w.id);
    if (admittedStayIds.length + waitingIds.length === 0) continue;
    alerts.push({
      code: 'move_out_of_screened_unit',
      siteId: place.site.id,
      unitId: unit.id,
      lentStayId: lent.id,
      admittedStayIds,
      waitingIds,
    });
  }
  return alerts;
}

/**
 * Trondheim's rule for its men's apartment lent to a woman as a transition home: she "must be
 * ready to move quickly if men in need of a crisis place come forward". For every woman's
 * transition stay in a men's unit (`transitionForWoman`) going on at `now`, a man needs the
 * place — and she must move — from the earliest of:
 * - a man waiting whose household fits the unit (target group, beds, accessibility, floor): from
 *   when he was put on the list, or from when she moved in if that was later; it lasts while he
 *   waits;
 * - a search for a man (`search`) whose household fits the unit and that found no place at all:
 *   from now, and the caller records it on the stay (`neededBySearch`);
 * - such a search recorded earlier (`vacateRaisedAt`): it lasts until she leaves the unit.
 * A search that finds the man another place raises nothing. Finding her a new place is a
 * `findPlaces` search of its own.
 */
export function transitionHomes(
  model: CapacityModel,
  stays: readonly CapacityStay[],
  waiting: readonly WaitingHousehold[],
  now: Date,
  search?: { need: Need; found: PlaceSearch },
): TransitionHome[] {
  const beds = indexBeds(model);
  const homes: TransitionHome[] = [];
  for (const stay of stays) {
    if (!stay.transitionForWoman || !stayIsOngoing(stay, now)) continue;
    const place = placeOf(stay, beds);
    if (!place) continue;
    const unit = place.unit;
    const men = waiting.filter((w) => housingOf(w.need) === 'men' && unitFits(unit, w.need));
    const neededBySearch =
      search !== undefined &&
      search.found.options.length === 0 &&
      housingOf(search.need) === 'men' &&
      unitFits(unit, search.need);
    const since = [
      ...(stay.vacateRaisedAt ? [stay.vacateRaisedAt] : []),
      ...men.map((w) => latest(w.since ?? now, stay.arrival)),
      ...(neededBySearch ? [now] : []),
    ];
    homes.push({
      stayId: stay.id,
      siteId: place.site.id,
      unitId: unit.id,
      raisedAt: since.length === 0 ? null : new Date(Math.min(...since.map((d) => d.getTime()))),
      waitingIds: men.map((w) => w.id),
      neededBySearch,
    });
  }
  return homes;
}

/** "Vacate the transition place": every transition home a man needs (see `transitionHomes`). */
export function transitionAlerts(
  model: CapacityModel,
  stays: readonly CapacityStay[],
  waiting: readonly WaitingHousehold[],
  now: Date,
): TransitionAlert[] {
  return transitionHomes(model, stays, waiting, now).flatMap(transitionAlertOf);
}

/** The alert a transition home raises: none while no man needs it. */
export function transitionAlertOf(home: TransitionHome): TransitionAlert[] {
  if (home.raisedAt === null) return [];
  return [
    {
      code: 'vacate_transition_place',
      siteId: home.siteId,
      unitId: home.unitId,
      stayId: home.stayId,
      waitingIds: home.waitingIds,
      raisedAt: home.raisedAt,
    },
  ];
}

const latest = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);
