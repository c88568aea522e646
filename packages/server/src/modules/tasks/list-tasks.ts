import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { CaseTaskTable } from '../../platform/db/tables.ts';
import { partnersOfCentre } from '../partners/index.ts';
import { staffNames } from '../staff/index.ts';
import type { CaseRef, Task } from './model.ts';

const selectTasks = (db: Db | Tx) => db.selectFrom('case_tasks as t').selectAll('t');

/** The tasks as the API shows them, with owners' and doers' names: one query per owner table. */
async function tasksOf(ctx: AppContext, db: Db | Tx, rows: CaseTaskTable[]): Promise<Task[]> {
  const box = secretBox(ctx.config.encryptionKey);
  // The rows come from one centre's cases; asking per centre keeps each name within its centre.
  const names = new Map<string, Awaited<ReturnType<typeof namesOfCentre>>>();
  for (const centreId of new Set(rows.map((r) => r.centre_id))) {
    const ofCentre = rows.filter((r) => r.centre_id === centreId);
    names.set(centreId, await namesOfCentre(db, centreId, ofCentre));
  }
  return rows.map((r) => {
    const { staff, partners } = names.get(r.centre_id)!;
    const staffName = (id: string | null) => (id === null ? null : (staff.get(id) ?? null));
    return {
      id: r.id,
      caseType: r.case_type,
      caseId: r.case_id,
      description: box.open(r.description),
      source: r.source,
      sourceRef: r.source_ref,
      ownerUserId: r.owner_user_id,
      ownerName: staffName(r.owner_user_id),
      ownerPartnerId: r.owner_partner_id,
      partnerName:
        r.owner_partner_id === null ? null : (partners.get(r.owner_partner_id)?.name ?? null),
      dueOn: r.due_on,
      doneAt: r.done_at,
      doneBy: r.done_by,
      doneByName: staffName(r.done_by),
      version: r.version,
    };
  });
}

async function namesOfCentre(db: Db | Tx, centreId: string, rows: CaseTaskTable[]) {
  const [staff, partners] = await Promise.all([
    staffNames(
      db,
      centreId,
      rows.flatMap((r) => [r.owner_user_id, r.done_by]),
    ),
    partnersOfCentre(
      db,
      centreId,
      rows.map((r) => r.owner_partner_id),
    ),
  ]);
  return { staff, partners };
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
  for (const task of await tasksOf(ctx, db, rows)) {
    const list = byCase.get(task.caseId) ?? [];
    list.push(task);
    byCase.set(task.caseId, list);
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
  return tasksOf(ctx, db, rows);
}
