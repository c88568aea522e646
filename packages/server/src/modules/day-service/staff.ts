import type { Db, Tx } from '../../platform/db/database.ts';
import { invalid } from '../../platform/http/errors.ts';

/** Staff of the actor's centre among `ids`, with their names; anyone else is refused. */
export async function staffOfCentre(db: Db | Tx, centreId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('staff_users')
    .select(['id', 'display_name'])
    .where('centre_id', '=', centreId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  if (rows.length !== new Set(ids).size) {
    throw invalid([
      { path: 'body.staffIds', code: 'unknown_staff', message: 'Not staff of this centre' },
    ]);
  }
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
