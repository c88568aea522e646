import type { ScreeningRules } from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import { parseJson } from './model.ts';

/** The centre's screened units in their order, with their admission rules (null: none set). */
export async function screenedUnitsOf(
  db: Db | Tx,
  centreId: string,
): Promise<{ id: string; name: string; screening: ScreeningRules | null }[]> {
  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'screening'])
    .where('centre_id', '=', centreId)
    .where('screened', '=', 1)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    screening: parseJson<ScreeningRules | null>(u.screening, null),
  }));
}

/** The admission rules of the centre's screened units, as configured. */
export async function screenedUnitRules(
  db: Db | Tx,
  centreId: string,
): Promise<(ScreeningRules | null)[]> {
  return (await screenedUnitsOf(db, centreId)).map((u) => u.screening);
}
