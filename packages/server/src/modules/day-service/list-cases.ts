import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { personNames } from '../people/index.ts';
import type { caseList } from './schema.ts';

export async function listCases(
  ctx: AppContext,
  actor: Actor,
  status: 'open' | 'ended' | 'all',
): Promise<z.infer<typeof caseList>['items']> {
  const { db } = ctx.database;
  let q = db
    .selectFrom('day_user_cases')
    .select([
      'day_user_cases.id',
      'day_user_cases.person_id',
      'day_user_cases.started_on',
      'day_user_cases.ended_on',
    ])
    .select((eb) => [
      eb
        .selectFrom('day_visits')
        .whereRef('day_visits.case_id', '=', 'day_user_cases.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('visits'),
      eb
        .selectFrom('day_visits')
        .whereRef('day_visits.case_id', '=', 'day_user_cases.id')
        .select((s) => s.fn.max('visit_date').as('d'))
        .as('last_visit'),
    ])
    .where('day_user_cases.centre_id', '=', actor.centreId);
  if (status === 'open') q = q.where('day_user_cases.ended_on', 'is', null);
  if (status === 'ended') q = q.where('day_user_cases.ended_on', 'is not', null);
  const rows = await q.orderBy('day_user_cases.started_on', 'desc').limit(200).execute();
  const visible = await new PersonalDataGateway(ctx, actor).readList(
    'day_user_case',
    rows,
    (r) => r.id,
    'day_service.list',
    ['person', 'started_on'],
  );
  const names = await personNames(
    db,
    visible.map((r) => r.person_id),
  );
  return visible.map((r) => ({
    id: r.id,
    person: { id: r.person_id, displayName: names.get(r.person_id)! },
    startedOn: r.started_on,
    endedOn: r.ended_on,
    visits: Number(r.visits ?? 0),
    lastVisit: (r.last_visit as string | null) ?? null,
  }));
}
