import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';

/**
 * The one place a stay ends: claims the version the caller read (409 when stale) and sets the
 * departure, in the caller's transaction — the departure's, which leaves the beds in the same
 * one, so a stay never ends with its beds still taken or the other way round.
 */
export async function endStay(
  tx: Tx,
  stay: { id: string; version: number },
  at: Date,
  now: Date,
): Promise<{ version: number }> {
  await claimVersion(tx, 'stays', stay.id, stay.version, now);
  await tx
    .updateTable('stays')
    .set({ departure_at: at.toISOString() })
    .where('id', '=', stay.id)
    .execute();
  return { version: stay.version + 1 };
}
