import type { ScreeningRules } from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import { parseJson } from './model.ts';

/** The admission rules of the centre's screened units, as configured (null: none set). */
export async function screenedUnitRules(
  db: Db | Tx,
  centreId: string,
): Promise<(ScreeningRules | null)[]> {
  const units = await db
    .selectFrom('units')
    .select('screening')
    .where('centre_id', '=', centreId)
    .where('screened', '=', 1)
    .where('removed_at', 'is', null)
    .execute();
  return units.map((u) => parseJson<ScreeningRules | null>(u.screening, null));
}
