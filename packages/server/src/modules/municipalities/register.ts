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

export interface MunicipalityNames {
  name: string;
  officialName: string;
}

/** The register's names of the municipalities among `numbers`, in one query; unknown ones are absent. */
export async function municipalityNames(
  db: Db | Tx,
  numbers: readonly (string | null | undefined)[],
): Promise<Map<string, MunicipalityNames>> {
  const wanted = [...new Set(numbers.filter((n): n is string => typeof n === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('municipalities')
    .select(['number', 'name', 'official_name'])
    .where('number', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.number, { name: r.name, officialName: r.official_name }]));
}
