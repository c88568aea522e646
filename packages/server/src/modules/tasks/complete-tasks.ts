import type { Actor } from '@havn/domain';
import type { Tx } from '../../platform/db/database.ts';
import { matching } from './match.ts';
import type { TaskMatch } from './model.ts';

/**
 * Marks the open tasks a piece of work finished as done by the actor at `now` (a notice sent,
 * an incident followed up, the housing letter made); done ones keep who did them and when.
 * Returns the ids it closed, for the caller's audit.
 */
export async function completeTasks(
  tx: Tx,
  actor: Actor,
  now: Date,
  match: TaskMatch,
): Promise<string[]> {
  if (match.cases.length === 0) return [];
  const stamp = now.toISOString();
  const rows = await tx
    .updateTable('case_tasks')
    .set((eb) => ({
      done_at: stamp,
      done_by: actor.userId,
      updated_at: stamp,
      version: eb('version', '+', 1),
    }))
    .where(matching(match))
    .where('done_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
