import {
  byBlocking,
  localDate,
  monthOf,
  nextStep,
  occupantLabel,
  stayClock,
  waitingBedDays,
  waitingDays,
  yearOf,
  type Actor,
  type HousingRoute,
} from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { stayTermsFor } from '../municipalities/index.ts';
import { stayMembers } from '../stays/index.ts';
import type { boardResponse } from './schema.ts';
import { stepsOf } from './steps.ts';

type Board = z.infer<typeof boardResponse>;

/** The terms each home municipality's residents are measured by (one answer everywhere). */
async function termsByMunicipality(db: Db, centreId: string, numbers: (string | null)[]) {
  const distinct = [...new Set(numbers)];
  const terms = await Promise.all(distinct.map((n) => stayTermsFor(db, centreId, n)));
  const byNumber = new Map(distinct.map((n, i) => [n, terms[i]!]));
  return (number: string | null) => {
    const t = byNumber.get(number)!;
    return { limitDays: t.stayLimitDays, warningDays: t.warningDays };
  };
}

/** People of each stay: the adult and the children along. */
async function householdSizes(db: Db, stayIds: readonly string[]) {
  const members = await stayMembers(db, stayIds);
  return new Map([...members].map(([stayId, children]) => [stayId, children.length + 1]));
}

/**
 * The unit leader's move-out board: every current resident with the stay's clock, the
 * ready-to-move date and the nights waited since, the route, the next step and its owner, and
 * the home municipality to call — sorted by what blocks places most. Counts: households ready to
 * move, and the bed-days spent waiting this month and this year (stays that ended included).
 * Residents are named by alias or initials only, and only to those who may open them.
 */
export async function getMoveOutBoard(ctx: AppContext, actor: Actor): Promise<Board> {
  const now = ctx.clock.now();
  const today = localDate(now);
  const year = yearOf(today);
  const { db } = ctx.database;
  const [current, waited] = await Promise.all([
    db
      .selectFrom('stays as s')
      .innerJoin('persons as p', 'p.id', 's.person_id')
      .leftJoin('move_out_plans as m', 'm.stay_id', 's.id')
      .leftJoin('municipalities as k', 'k.number', 's.home_municipality_number')
      .select([
        's.id',
        's.version',
        's.person_id',
        's.arrival_at',
        'p.alias',
        'p.first_name',
        'p.last_name',
        's.home_municipality_number',
        'k.name as municipality_name',
        'm.route',
        'm.ready_on',
      ])
      .where('s.centre_id', '=', actor.centreId)
      .where('s.departure_at', 'is', null)
      .execute(),
    // Households ready to move whose wait may fall in this year: still here, or left this year
    // (a day's margin: the departure instant is UTC, the year an Oslo one).
    db
      .selectFrom('move_out_plans as m')
      .innerJoin('stays as s', 's.id', 'm.stay_id')
      .select(['s.id', 's.departure_at', 'm.ready_on'])
      .where('m.centre_id', '=', actor.centreId)
      .where('m.ready_on', 'is not', null)
      .where('m.ready_on', '<', year.until)
      .where((eb) =>
        eb.or([
          eb('s.departure_at', 'is', null),
          eb('s.departure_at', '>=', `${Number(year.from.slice(0, 4)) - 1}-12-31`),
        ]),
      )
      .execute(),
  ]);
  const ids = current.map((s) => s.id);
  const [termsFor, sizes, waitedSizes, steps, visible] = await Promise.all([
    termsByMunicipality(
      db,
      actor.centreId,
      current.map((s) => s.home_municipality_number),
    ),
    householdSizes(db, ids),
    householdSizes(
      db,
      waited.map((w) => w.id),
    ),
    stepsOf(ctx, db, ids),
    new PersonalDataGateway(ctx, actor).filter(
      'person',
      current.map((s) => s.person_id),
    ),
  ]);

  const residents = current.map((s) => {
    const clock = stayClock({
      arrival: new Date(s.arrival_at),
      now,
      ...termsFor(s.home_municipality_number),
    });
    const list = steps.get(s.id) ?? [];
    const next = nextStep(list.map((step) => ({ ...step, done: step.doneAt !== null })));
    return {
      stayId: s.id,
      stayVersion: s.version,
      label: visible.has(s.person_id)
        ? occupantLabel({
            alias: s.alias,
            firstName: s.first_name,
            lastName: s.last_name,
          })
        : null,
      persons: sizes.get(s.id) ?? 1,
      dayOfStay: clock.dayOfStay,
      limitDays: clock.limitDays,
      daysBeyondLimit: clock.daysBeyond,
      readyOn: s.ready_on,
      waitingDays: waitingDays(s.ready_on, today),
      route: (s.route ?? 'unknown') as HousingRoute,
      nextStep: next ? { kind: next.kind, dueOn: next.dueOn, owner: next.owner } : null,
      homeMunicipality:
        s.home_municipality_number && s.municipality_name
          ? { number: s.home_municipality_number, name: s.municipality_name }
          : null,
    };
  });
  residents.sort((a, b) =>
    byBlocking(
      { ...a, id: a.stayId, waitingDays: a.waitingDays },
      { ...b, id: b.stayId, waitingDays: b.waitingDays },
    ),
  );

  const waiting = waited.map((w) => ({
    readyOn: w.ready_on!,
    endsOn: w.departure_at ? localDate(new Date(w.departure_at)) : today,
    persons: waitedSizes.get(w.id) ?? 1,
  }));
  return {
    at: now.toISOString(),
    residents,
    counts: {
      readyToMove: residents.filter((r) => r.readyOn !== null).length,
      bedDaysWaitingMonth: waitingBedDays(waiting, monthOf(today)),
      bedDaysWaitingYear: waitingBedDays(waiting, year),
    },
  };
}
