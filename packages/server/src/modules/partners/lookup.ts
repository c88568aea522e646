import type { Db, Tx } from '../../platform/db/database.ts';
import type { PartnerType } from '@havn/domain';

export interface PartnerRef {
  id: string;
  name: string;
  type: PartnerType;
}

/**
 * The centre's partners among `ids` (or all of them, without ids), in one query: the way other
 * modules name a partner or check that one is the centre's. Another centre's partner is absent.
 */
export async function partnersOfCentre(
  db: Db | Tx,
  centreId: string,
  ids?: readonly (string | null | undefined)[],
): Promise<Map<string, PartnerRef>> {
  const wanted = ids && [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted?.length === 0) return new Map();
  const rows = await db
    .selectFrom('partners')
    .select(['id', 'name', 'type'])
    .where('centre_id', '=', centreId)
    .$if(wanted !== undefined, (q) => q.where('id', 'in', wanted!))
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, type: r.type as PartnerType }]));
}
