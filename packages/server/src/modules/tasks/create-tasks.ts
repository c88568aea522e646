import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { CaseRef } from './model.ts';

export interface NewTask {
  case: CaseRef;
  /** Sealed here, like every task's description, also a fixed text. */
  description: string;
  ownerUserId: string | null;
  ownerPartnerId?: string | null;
  dueOn: string | null;
  /** Which module or rule made it: 'manual', 'plan', 'intake_flag', 'incident', 'move_out'. */
  source: string;
  sourceRef?: string | null;
}

/**
 * Makes tasks in the caller's transaction, in one statement, for the actor's centre (the demo
 * seeds pass 'system:demo'); returns their ids in the order given. The caller has checked the
 * owners and audits the work.
 */
export async function createTasks(
  ctx: AppContext,
  tx: Tx,
  actor: Pick<Actor, 'centreId' | 'userId'>,
  tasks: readonly NewTask[],
): Promise<string[]> {
  if (tasks.length === 0) return [];
  const box = secretBox(ctx.config.encryptionKey);
  const stamp = ctx.clock.now().toISOString();
  const rows = tasks.map((t) => ({
    id: newId(),
    centre_id: actor.centreId,
    case_type: t.case.type,
    case_id: t.case.id,
    description: box.seal(t.description),
    owner_user_id: t.ownerUserId,
    owner_partner_id: t.ownerPartnerId ?? null,
    due_on: t.dueOn,
    source: t.source,
    source_ref: t.sourceRef ?? null,
    done_at: null,
    done_by: null,
    created_by: actor.userId,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  }));
  await tx.insertInto('case_tasks').values(rows).execute();
  return rows.map((r) => r.id);
}
