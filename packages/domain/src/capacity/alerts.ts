import type { BedPlace } from './beds.ts';
import { indexBeds, stayIsOngoing } from './beds.ts';
import { housingOf, unitFits } from './fit.ts';
import type { CapacityModel, Need, CapacityStay, Unit } from './types.ts';

/** Someone who needs a place and has none yet (on the phone, at the door, referred). */
export interface WaitingHousehold {
  id: string;
  need: Need;
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
 * "Vacate the transition place": raised for every woman's transition stay in a men's unit
 * (`transitionForWoman`) going on at `now`, when a man is waiting whose household fits that
 * unit (target group, beds, accessibility, floor). The woman must move out quickly; finding her
 * a new place is a `findPlaces` search of its own.
 */
export function transitionAlerts(
  model: CapacityModel,
  stays: readonly CapacityStay[],
  waiting: readonly WaitingHousehold[],
  now: Date,
): TransitionAlert[] {
  const beds = indexBeds(model);
  const alerts: TransitionAlert[] = [];
  for (const stay of stays) {
    if (!stay.transitionForWoman || !stayIsOngoing(stay, now)) continue;
    const place = placeOf(stay, beds);
    if (!place) continue;
    const waitingIds = menWhoFit(place.unit, waiting);
    if (waitingIds.length === 0) continue;
    alerts.push({
      code: 'vacate_transition_place',
      siteId: place.site.id,
      unitId: place.unit.id,
      stayId: stay.id,
      waitingIds,
    });
  }
  return alerts;
}

function menWhoFit(unit: Unit, waiting: readonly WaitingHousehold[]): string[] {
  return waiting
    .filter((w) => housingOf(w.need) === 'men' && unitFits(unit, w.need))
    .map((w) => w.id);
}
