import type { Actor } from '@havn/domain';
import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import type { CaseRef } from './model.ts';

interface TaskOfCase {
  id: string;
  /** The case the caller opened: a task of another case answers 404. */
  case: CaseRef;
  /** Only a task this source made (a move-out step), when given. */
  source?: string;
  /** The version the caller read (409 when stale). */
  version: number;
}

async function claimTask(tx: Tx, now: Date, task: TaskOfCase) {
  const row = await tx
    .selectFrom('case_tasks')
    .select(['id', 'done_at', 'done_by'])
    .where('id', '=', task.id)
    .where('case_type', '=', task.case.type)
    .where('case_id', '=', task.case.id)
    .$if(task.source !== undefined, (q) => q.where('source', '=', task.source!))
    .executeTakeFirst();
  if (!row) throw notFound();
  await claimVersion(tx, 'case_tasks', task.id, task.version, now);
  return row;
}

/** Marks one task done (409 when it is done already); returns its new version. */
export async function completeTask(
  tx: Tx,
  actor: Actor,
  now: Date,
  task: TaskOfCase,
): Promise<{ version: number }> {
  const row = await claimTask(tx, now, task);
  if (row.done_at !== null) throw conflict('The task is done already', 'task_done');
  await tx
    .updateTable('case_tasks')
    .set({ done_at: now.toISOString(), done_by: actor.userId })
    .where('id', '=', task.id)
    .execute();
  return { version: task.version + 1 };
}

/**
 * Changes who does a task and by when, and marks it done or open again: done once keeps who
 * did it and when; open again forgets them. Returns its new version.
 */
export async function updateTask(
  tx: Tx,
  actor: Actor,
  now: Date,
  task: TaskOfCase,
  changes: {
    dueOn: string | null;
    ownerUserId: string | null;
    ownerPartnerId: string | null;
    done: boolean;
  },
): Promise<{ version: number }> {
  const row = await claimTask(tx, now, task);
  const keep = changes.done && row.done_at !== null;
  await tx
    .updateTable('case_tasks')
    .set({
      due_on: changes.dueOn,
      owner_user_id: changes.ownerUserId,
      owner_partner_id: changes.ownerPartnerId,
      done_at: keep ? row.done_at : changes.done ? now.toISOString() : null,
      done_by: keep ? row.done_by : changes.done ? actor.userId : null,
    })
    .where('id', '=', task.id)
    .execute();
  return { version: task.version + 1 };
}
