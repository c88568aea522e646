import type { Db, Tx } from '../../platform/db/database.ts';
import { invalid } from '../../platform/http/errors.ts';

/**
 * Refuses a municipality number that is not in the register, as a field problem at `path`:
 * the columns that hold one are foreign keys, and a violated key would answer 500.
 */
export async function assertMunicipalityExists(
  db: Db | Tx,
  number: string | null | undefined,
  path: string,
): Promise<void> {
  if (!number) return;
  const found = await db
    .selectFrom('municipalities')
    .select('number')
    .where('number', '=', number)
    .executeTakeFirst();
  if (!found)
    throw invalid([{ path, code: 'unknown_municipality', message: `No municipality ${number}` }]);
}
