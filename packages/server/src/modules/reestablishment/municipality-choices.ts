import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { municipalityOptions } from './schema.ts';

/** The municipalities a new home may lie in: the centre's own first, then the rest by name. */
export async function municipalityChoices(
  ctx: AppContext,
  actor: Actor,
): Promise<z.infer<typeof municipalityOptions>['items']> {
  const { db } = ctx.database;
  const [all, own] = await Promise.all([
    db.selectFrom('municipalities').select(['number', 'name']).orderBy('name').execute(),
    db
      .selectFrom('centre_municipalities')
      .select('municipality_number')
      .where('centre_id', '=', actor.centreId)
      .execute(),
  ]);
  const mine = new Set(own.map((m) => m.municipality_number));
  return all
    .map((m) => ({ ...m, centre: mine.has(m.number) }))
    .sort((a, b) => Number(b.centre) - Number(a.centre));
}
