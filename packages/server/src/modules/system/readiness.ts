import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import { pendingMigrations } from '../../platform/db/migrate.ts';

/** Why a server that is up (alive) should not be sent work yet. */
export const notReadyReasons = ['database_unavailable', 'migrations_pending'] as const;
export type NotReadyReason = (typeof notReadyReasons)[number];

/**
 * Ready for work: the database answers and has run every migration this version knows. A server
 * that is alive but not ready (the database gone, or a newer version's upgrade not yet run) is
 * kept out of a load balancer's rotation instead of answering errors; it is not restarted.
 */
export async function readiness(
  ctx: AppContext,
  onError: (error: unknown) => void,
): Promise<NotReadyReason | null> {
  const { db } = ctx.database;
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    onError(error);
    return 'database_unavailable';
  }
  return (await pendingMigrations(db)).length > 0 ? 'migrations_pending' : null;
}
