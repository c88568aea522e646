import {
  findPlaces,
  occupancyAt,
  screenedUnitAlerts,
  transitionAlertOf,
  transitionHomes,
  waitingAt,
  type Actor,
  type Need,
} from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { loadModel } from './model.ts';
import { loadLiveRecords } from './records.ts';
import { alertViews, recordSearchNeeds } from './transition-homes.ts';
import { loadWaiting, waitingEntriesOf } from './waiting.ts';
import type { findBody, findResponse } from './find-schema.ts';

export type FindInput = z.infer<typeof findBody>;
type FindResult = z.infer<typeof findResponse>;

/** The household as "find a place", a reservation and the waiting list describe it. */
export function needOfSearch(input: FindInput): Need {
  return {
    adultGender: input.adultGender,
    ...(input.housing ? { housing: input.housing } : {}),
    childAges: input.childAges,
    childSexes: input.childSexes,
    accessible: input.accessible,
    floor: input.floor,
    meetsScreenedCriteria: input.meetsScreenedCriteria,
    screenedExclusions: input.screenedExclusions,
    stayKind: input.stayKind,
  };
}

/** The columns a reservation or a waiting entry keeps the household in. */
export function householdColumns(input: FindInput) {
  return {
    adult_gender: input.adultGender,
    housing: input.housing ?? null,
    child_ages: JSON.stringify(input.childAges),
    accessible: input.accessible ? 1 : 0,
    floor_need: input.floor,
    meets_screened_criteria: input.meetsScreenedCriteria ? 1 : 0,
  };
}

/** How the household being searched for is named among the waiting in an alert. */
export const householdId = 'this_household';

/**
 * "Find a place for": the places that fit the household now, best first, and for every other
 * unit why not — straight from `findPlaces`. Also the places that must be vacated for this
 * household: a screened unit lent to someone else, a men's unit used as a woman's transition home.
 * Nothing about the household is stored or audited: the search holds no one's identity. What a
 * search for a man that finds nothing else does record is on the woman's stay: that a man
 * needs the place she has as a transition home (`recordSearchNeeds`, audited on her stay).
 */
export async function findPlace(
  ctx: AppContext,
  actor: Actor,
  input: FindInput,
): Promise<FindResult> {
  const now = ctx.clock.now();
  const { db } = ctx.database;
  const [loaded, live, waitingRows] = await Promise.all([
    loadModel(db, actor.centreId),
    loadLiveRecords(db, actor.centreId, now),
    loadWaiting(db, actor.centreId),
  ]);
  const need = needOfSearch(input);
  const occupancy = occupancyAt(loaded.model, live.records, now);
  const search = findPlaces(loaded.model, occupancy, need, live.waiting);
  const waiting = [{ id: householdId, need }];
  // A man for whom nothing else is free needs the transition home a woman lives in: from now on
  // (or since a man on the waiting list needed it), and recorded, so the board keeps saying so.
  const needs = { need, found: search };
  const waitingNow = waitingAt(waitingEntriesOf(waitingRows), now);
  const homes = transitionHomes(loaded.model, live.ongoing, waitingNow, now, needs);
  await recordSearchNeeds(ctx, actor, homes, live);
  const unitName = (id: string) => loaded.units.get(id)?.name ?? '';
  return {
    options: search.options.map((o) => ({
      rank: o.rank,
      siteId: o.siteId,
      unitId: o.unitId,
      unitName: unitName(o.unitId),
      roomId: o.roomId,
      roomName: o.roomId ? (loaded.rooms.get(o.roomId)?.name ?? null) : null,
      beds: o.bedIds.map((id) => {
        const bed = loaded.beds.get(id)!;
        return { id, label: bed.label, kind: bed.kind };
      }),
      tier: o.tier,
      spareBeds: o.spareBeds,
      order: o.order.map((note) =>
        'count' in note ? { code: note.code, count: note.count } : { code: note.code },
      ),
      condition: o.condition,
      stayFlags: o.stayFlags,
    })),
    notFitting: search.notFitting.map((r) => ({
      siteId: r.siteId,
      unitId: r.unitId,
      unitName: unitName(r.unitId),
      reasons: r.reasons,
      exclusions: r.exclusions ?? [],
      boysOverAge: r.boysOverAge ?? [],
      boysMaxAge: loaded.units.get(r.unitId)?.boys_max_age ?? null,
    })),
    // Only the alerts this household raises; the board shows the others.
    alerts: await alertViews(
      ctx,
      actor,
      [
        ...screenedUnitAlerts(loaded.model, live.ongoing, waiting, now).filter((alert) =>
          alert.waitingIds.includes(householdId),
        ),
        ...homes.filter((home) => home.neededBySearch).flatMap(transitionAlertOf),
      ],
      live,
    ),
  };
}
