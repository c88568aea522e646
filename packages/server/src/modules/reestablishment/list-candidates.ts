import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { displayName } from '../people/index.ts';
import { currentStaysOfCentre } from '../stays/index.ts';
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
  const transition = (await currentStaysOfCentre(db, actor.centreId)).filter(
    (s) => s.kind === 'transition',
  );
  const personIds = transition.map((s) => s.person_id);
  const [followed, people] =
    personIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('reestablishment_cases')
            .select('person_id')
            .where('person_id', 'in', personIds)
            .where('ended_on', 'is', null)
            .execute(),
          db
            .selectFrom('persons')
            .select(['id', 'alias', 'first_name', 'last_name'])
            .where('id', 'in', personIds)
            .execute(),
        ]);
  const hasCase = new Set(followed.map((f) => f.person_id));
  const personOf = new Map(people.map((p) => [p.id, p]));
  const rows = transition
    .filter((s) => !hasCase.has(s.person_id) && personOf.has(s.person_id))
    .slice(0, 100)
    .map((s) => ({
      ...personOf.get(s.person_id)!,
      id: s.id,
      person_id: s.person_id,
      arrival_at: s.arrival_at,
    }));
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
