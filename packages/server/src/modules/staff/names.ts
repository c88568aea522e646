import type { Db, Tx } from '../../platform/db/database.ts';
import { invalid } from '../../platform/http/errors.ts';

/**
 * Names of the centre's staff among `ids`, in one query however many ids: the way other modules
 * show who did what. Ids that are not the centre's staff (or null) are absent from the map, so
 * a caller that must refuse strangers compares the map with what it asked for.
 */
export async function staffNames(
  db: Db | Tx,
  centreId: string,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff_users')
    .select(['id', 'display_name'])
    .where('centre_id', '=', centreId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Staff of the centre among `ids`, with their names; anyone else is refused (422 `unknown_staff`). */
export async function staffOfCentre(
  db: Db | Tx,
  centreId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const names = await staffNames(db, centreId, ids);
  if (names.size !== new Set(ids).size) {
    throw invalid([
      { path: 'body.staffIds', code: 'unknown_staff', message: 'Not staff of this centre' },
    ]);
  }
  return names;
}
