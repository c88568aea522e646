import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';

/** Moves a stay's arrival and departure (a correction the departures module has checked). */
export async function correctStayTimes(
  tx: Tx,
  stay: { id: string; version: number },
  times: { arrivalAt: string; departureAt: string | null },
  now: Date,
): Promise<{ version: number }> {
  await claimVersion(tx, 'stays', stay.id, stay.version, now);
  await tx
    .updateTable('stays')
    .set({ arrival_at: times.arrivalAt, departure_at: times.departureAt })
    .where('id', '=', stay.id)
    .execute();
  return { version: stay.version + 1 };
}
