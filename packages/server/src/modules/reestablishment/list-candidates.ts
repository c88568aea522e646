import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { displayName } from '../people/index.ts';
import { unitNames } from './case-data.ts';
import type { candidateList } from './schema.ts';

/**
 * People in a transition apartment now with no open follow-up case: where a case is usually
 * opened. Only stays the actor may open; each listing is a read of the stay.
 */
export async function listCandidates(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof candidateList>['items']> {
  const { db } = ctx.database;
  const rows = await db
    .selectFrom('stays as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .select(['s.id', 's.person_id', 's.arrival_at', 'p.alias', 'p.first_name', 'p.last_name'])
    .where('s.centre_id', '=', actor.centreId)
    .where('s.departure_at', 'is', null)
    .where('s.kind', '=', 'transition')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('reestablishment_cases as c')
            .select('c.id')
            .whereRef('c.person_id', '=', 's.person_id')
            .where('c.ended_on', 'is', null),
        ),
      ),
    )
    .orderBy('s.arrival_at')
    .limit(100)
    .execute();
  const visible = await new PersonalDataGateway(ctx, actor).readList(
    'stay',
    rows,
    (r) => r.id,
    'reestablishment.candidates',
    ['person'],
  );
  const units = await unitNames(
    db,
    visible.map((r) => r.id),
  );
  return visible.map((r) => ({
    stayId: r.id,
    person: { id: r.person_id, displayName: displayName(r) },
    unitName: units.get(r.id) ?? null,
    arrivalAt: r.arrival_at,
  }));
}
