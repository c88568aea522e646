import type { Tx } from '../../platform/db/database.ts';
import type { CaseRef } from './model.ts';

/** Gives a case's open tasks to a new owner (a new primary contact); done ones keep theirs. */
export async function reassignOpenTasks(
  tx: Tx,
  of: CaseRef,
  ownerUserId: string | null,
): Promise<void> {
  await tx
    .updateTable('case_tasks')
    .set({ owner_user_id: ownerUserId })
    .where('case_type', '=', of.type)
    .where('case_id', '=', of.id)
    .where('done_at', 'is', null)
    .execute();
}
