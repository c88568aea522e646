import type { Db, Tx } from '../../platform/db/database.ts';

/** A centre's name, for a letter or a page that says where it comes from. */
export async function centreName(db: Db | Tx, centreId: string): Promise<string> {
  const row = await db
    .selectFrom('centres')
    .select('name')
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  return row.name;
}
