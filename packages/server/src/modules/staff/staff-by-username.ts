import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';

/** Finds a staff member by user name, for the command line. */
export async function staffByUsername(db: Db, username: string) {
  const row = await db
    .selectFrom('staff_users')
    .select(['id', 'centre_id', 'version'])
    .where(sql<string>`lower(username)`, '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
