import type { Tx } from '../../platform/db/database.ts';
import type { CaseRef } from './model.ts';

/** Moves every task of one case to another: an intake's tasks go to the stay it led to. */
export async function moveTasks(tx: Tx, from: CaseRef, to: CaseRef): Promise<void> {
  await tx
    .updateTable('case_tasks')
    .set({ case_type: to.type, case_id: to.id })
    .where('case_type', '=', from.type)
    .where('case_id', '=', from.id)
    .execute();
}
