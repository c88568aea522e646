import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { CaseRef, Task } from './model.ts';

function selectTasks(db: Db | Tx) {
  return db
    .selectFrom('case_tasks as t')
    .leftJoin('staff_users as owner', 'owner.id', 't.owner_user_id')
    .leftJoin('partners as p', 'p.id', 't.owner_partner_id')
    .leftJoin('staff_users as doer', 'doer.id', 't.done_by')
    .selectAll('t')
    .select([
      'owner.display_name as owner_name',
      'p.name as partner_name',
      'doer.display_name as done_by_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectTasks>['execute']>>[number];

function taskOf(ctx: AppContext, r: Row): Task {
  return {
    id: r.id,
    caseType: r.case_type,
    caseId: r.case_id,
    description: secretBox(ctx.config.encryptionKey).open(r.description),
    source: r.source,
    sourceRef: r.source_ref,
    ownerUserId: r.owner_user_id,
    ownerName: r.owner_name,
    ownerPartnerId: r.owner_partner_id,
    partnerName: r.partner_name,
    dueOn: r.due_on,
    doneAt: r.done_at,
    doneBy: r.done_by,
    doneByName: r.done_by_name,
    version: r.version,
  };
}

/**
 * The tasks of cases of one type, oldest first, by case id (a case without tasks is absent).
 * One query for any number of cases; `source` narrows to the tasks one module made.
 */
export async function tasksOfCases(
  ctx: AppContext,
  db: Db | Tx,
  caseType: CaseRef['type'],
  caseIds: readonly string[],
  source?: string,
): Promise<Map<string, Task[]>> {
  const byCase = new Map<string, Task[]>();
  if (caseIds.length === 0) return byCase;
  const rows = await selectTasks(db)
    .where('t.case_type', '=', caseType)
    .where('t.case_id', 'in', [...new Set(caseIds)])
    .$if(source !== undefined, (q) => q.where('t.source', '=', source!))
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  for (const r of rows) {
    const list = byCase.get(r.case_id) ?? [];
    list.push(taskOf(ctx, r));
    byCase.set(r.case_id, list);
  }
  return byCase;
}

/** The open tasks a staff member owns on cases of one type, earliest due first (undated last). */
export async function openTasksOwnedBy(
  ctx: AppContext,
  db: Db | Tx,
  owner: { centreId: string; userId: string },
  caseType: CaseRef['type'],
  limit: number,
): Promise<Task[]> {
  const rows = await selectTasks(db)
    .where('t.case_type', '=', caseType)
    .where('t.centre_id', '=', owner.centreId)
    .where('t.owner_user_id', '=', owner.userId)
    .where('t.done_at', 'is', null)
    .orderBy('t.due_on')
    .limit(limit)
    .execute();
  return rows.map((r) => taskOf(ctx, r));
}
