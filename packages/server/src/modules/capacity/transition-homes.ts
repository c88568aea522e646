import {
  occupantLabel,
  recordRuleFor,
  transitionHomes,
  waitingAt,
  type Actor,
  type ScreenedUnitAlert,
  type TransitionAlert,
  type TransitionHome,
} from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { raiseVacate } from '../stays/index.ts';
import { loadModel } from './model.ts';
import { loadLiveRecords, type LiveRecords } from './records.ts';
import type { board } from './board-schema.ts';
import { loadWaiting, waitingEntriesOf } from './waiting.ts';

type AlertView = z.infer<typeof board>['alerts'][number];

/**
 * Every woman living in a men's unit as a transition home at the centre now, by stay id, and
 * whether a man needs the place (`transitionHomes`): what her stay page and the residents list
 * say. Reads only open rows, as the board does.
 */
export async function loadTransitionHomes(
  db: Db | Tx,
  centreId: string,
  now: Date,
): Promise<Map<string, TransitionHome>> {
  const [loaded, live, waitingRows] = await Promise.all([
    loadModel(db, centreId),
    loadLiveRecords(db, centreId, now),
    loadWaiting(db, centreId),
  ]);
  const waiting = waitingAt(waitingEntriesOf(waitingRows), now);
  return new Map(
    transitionHomes(loaded.model, live.ongoing, waiting, now).map((home) => [home.stayId, home]),
  );
}

/** What her stay page and the residents list say of a transition home. */
export function transitionHomeView(home: TransitionHome | undefined) {
  return home ? { raisedAt: home.raisedAt?.toISOString() ?? null } : null;
}

/**
 * Records on each stay a search needed (and that holds no need yet) when a man first needed it,
 * so the alert outlasts the search with a date that does not move; audited on the stay, in the
 * same transaction. A search that raced another one writes nothing the second time.
 */
export async function recordSearchNeeds(
  ctx: AppContext,
  actor: Actor,
  homes: readonly TransitionHome[],
  live: LiveRecords,
): Promise<void> {
  const toRecord = homes.filter(
    (home) =>
      home.neededBySearch &&
      home.raisedAt !== null &&
      !live.stays.get(home.stayId)?.row.vacate_raised_at,
  );
  if (toRecord.length === 0) return;
  await ctx.database.db.transaction().execute(async (tx) => {
    for (const home of toRecord) {
      if (await raiseVacate(tx, home.stayId, home.raisedAt!))
        await new PersonalDataGateway(ctx, actor).audit(
          tx,
          'stay',
          home.stayId,
          'update',
          'capacity.stay.vacate_raised',
          ['vacate_raised_at'],
        );
    }
  });
}

/**
 * The alerts as the board and "find a place" send them: a transition alert names the woman who
 * must move by alias or initials — only to those who may open her — and says whether the actor
 * may open her stay page, so the link is offered only where it leads somewhere.
 */
export async function alertViews(
  ctx: AppContext,
  actor: Actor,
  alerts: readonly (ScreenedUnitAlert | TransitionAlert)[],
  live: LiveRecords,
): Promise<AlertView[]> {
  const stayIds = alerts.flatMap((a) => (a.code === 'vacate_transition_place' ? [a.stayId] : []));
  if (stayIds.length === 0) return alerts as ScreenedUnitAlert[];
  const gateway = new PersonalDataGateway(ctx, actor);
  const adultOf = (stayId: string) =>
    live.stays.get(stayId)?.assignments.find((a) => !a.isChild) ?? null;
  const [visible, openable] = await Promise.all([
    gateway.filter(
      'person',
      stayIds.flatMap((id) => adultOf(id)?.personId ?? []),
    ),
    gateway.filter('stay', stayIds, undefined, recordRuleFor('stays.work')),
  ]);
  return alerts.map((alert) => {
    if (alert.code !== 'vacate_transition_place') return alert;
    const adult = adultOf(alert.stayId);
    return {
      ...alert,
      raisedAt: alert.raisedAt.toISOString(),
      occupantLabel: adult && visible.has(adult.personId) ? occupantLabel(adult) : null,
      canOpenStay: openable.has(alert.stayId),
    };
  });
}
