import type { Db, Tx } from '../../platform/db/database.ts';
import type { PersonTable } from '../../platform/db/tables.ts';
import { displayName } from './person-records.ts';

/** What other modules may read of a person: names and the plain facts, never a sealed column. */
export type PersonSummary = Pick<
  PersonTable,
  | 'id'
  | 'centre_id'
  | 'is_child'
  | 'alias'
  | 'first_name'
  | 'last_name'
  | 'birth_date'
  | 'gender'
  | 'home_municipality_number'
  | 'address_protection'
>;

/** The persons among `ids`, in one query however many; unknown ids are absent. */
export async function personSummaries(
  db: Db | Tx,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, PersonSummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('persons')
    .select([
      'id',
      'centre_id',
      'is_child',
      'alias',
      'first_name',
      'last_name',
      'birth_date',
      'gender',
      'home_municipality_number',
      'address_protection',
    ])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Display names (`displayName`) of the persons among `ids`, in one query. */
export async function personNames(
  db: Db | Tx,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const people = await personSummaries(db, ids);
  return new Map([...people].map(([id, p]) => [id, displayName(p)]));
}
