import { openConcernStatuses, type Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { displayName } from '../people/index.ts';
import type { concernList } from './schema.ts';

/**
 * The unit leader's list: concerns of the actor's centre, open ones (not concluded) by default,
 * oldest first so that what has waited longest is on top; all of them newest first, so that
 * after years the cap drops the oldest concluded ones and never a new one. Each listed child is
 * audited as read.
 */
const maxListed = 500;

export async function listConcerns(
  ctx: AppContext,
  actor: Actor,
  status: 'open' | 'all',
): Promise<z.infer<typeof concernList>> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return ctx.database.db.transaction().execute(async (tx) => {
    let query = tx
      .selectFrom('child_welfare_concerns')
      .select(['id', 'stay_id', 'person_id', 'status', 'registered_at', 'version'])
      .where('centre_id', '=', actor.centreId);
    const order = status === 'open' ? 'asc' : 'desc';
    if (status === 'open') query = query.where('status', 'in', openConcernStatuses);
    // Ids are time-ordered: registered in the same instant, the first registered comes first.
    const rows = await query
      .orderBy('registered_at', order)
      .orderBy('id', order)
      .limit(maxListed)
      .execute();
    const allowed = await gateway.filter(
      'child_welfare_concern',
      rows.map((r) => r.id),
      tx,
    );
    const visible = rows.filter((r) => allowed.has(r.id));
    const persons = visible.length
      ? await tx
          .selectFrom('persons')
          .select(['id', 'alias', 'first_name', 'last_name', 'birth_date'])
          .where('id', 'in', [...new Set(visible.map((r) => r.person_id))])
          .execute()
      : [];
    const children = new Map(persons.map((p) => [p.id, p]));
    for (const row of visible) {
      await gateway.audit(tx, 'child_welfare_concern', row.id, 'read', 'child_welfare.overview', [
        'status',
        'child',
      ]);
    }
    for (const childId of children.keys()) {
      await gateway.audit(tx, 'person', childId, 'read', 'child_welfare.overview', [
        'display_name',
        'birth_date',
      ]);
    }
    return {
      items: visible.map((r) => {
        const child = children.get(r.person_id);
        return {
          id: r.id,
          stayId: r.stay_id,
          status: r.status,
          registeredAt: r.registered_at,
          version: r.version,
          child: {
            id: r.person_id,
            displayName: child ? displayName(child) : '—',
            birthDate: child?.birth_date ?? null,
          },
        };
      }),
    };
  });
}
