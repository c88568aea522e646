import { conflict } from '../http/errors.ts';
import type { Tx } from './database.ts';

/** Tables whose rows carry `version` and `updated_at`. */
export type VersionedTable =
  | 'centres'
  | 'staff_users'
  | 'persons'
  | 'partners'
  | 'contacts'
  | 'sites'
  | 'units'
  | 'rooms'
  | 'beds'
  | 'stays'
  | 'bed_reservations'
  | 'waiting_entries'
  | 'move_out_plans'
  | 'case_tasks'
  | 'day_user_cases'
  | 'appointments'
  | 'municipality_agreements'
  | 'stay_plans'
  | 'stay_flags'
  | 'protection_settings'
  | 'threat_items'
  | 'safety_plans'
  | 'incidents'
  | 'intakes'
  | 'child_schooling'
  | 'child_health'
  | 'parent_contacts'
  | 'child_welfare_concerns'
  | 'reestablishment_cases';

/**
 * The largest value of an `integer` column on PostgreSQL. The API's integers reach ±2^53, so a
 * version outside 1..this was never read from a row, and binding it would fail as "out of range".
 */
export const maxStoredInteger = 2_147_483_647;

/** Someone else changed the record since the caller read it: reload, look, try again. */
export const staleVersion = () =>
  conflict(
    'Someone else changed this record after you opened it. Reload to see their change, then try again.',
    'stale_version',
  );

/**
 * No silent overwrite: moves a row from the version the caller read to the next one, or throws
 * a 409 when someone else changed it since. Call it first in the transaction that changes the row.
 */
export async function claimVersion(
  tx: Tx,
  table: VersionedTable,
  id: string,
  readVersion: number,
  now: Date,
): Promise<void> {
  if (readVersion < 1 || readVersion >= maxStoredInteger) throw staleVersion();
  const result = await tx
    .updateTable(table as 'staff_users')
    .set({ version: readVersion + 1, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw staleVersion();
  }
}
