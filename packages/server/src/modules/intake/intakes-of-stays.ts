import type { Db, Tx } from '../../platform/db/database.ts';
import type { IntakeTable } from '../../platform/db/tables.ts';

/** What other modules need of an intake: whose centre, how far it got, the stay it led to. */
export type IntakeSummary = Pick<
  IntakeTable,
  'id' | 'centre_id' | 'status' | 'stay_id' | 'created_at'
>;

const summary = ['id', 'centre_id', 'status', 'stay_id', 'created_at'] as const;

/** One intake by id, or undefined. */
export function intakeSummary(db: Db | Tx, id: string): Promise<IntakeSummary | undefined> {
  return db.selectFrom('intakes').select(summary).where('id', '=', id).executeTakeFirst();
}

/** The intake each stay came through, by stay id: the newest, should a stay have more. */
export async function intakesOfStays(
  db: Db | Tx,
  stayIds: readonly string[],
): Promise<Map<string, IntakeSummary>> {
  if (stayIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('intakes')
    .select(summary)
    .where('stay_id', 'in', [...new Set(stayIds)])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // Oldest first, so a later intake of the same stay overwrites an earlier one.
  return new Map(rows.map((r) => [r.stay_id!, r]));
}
