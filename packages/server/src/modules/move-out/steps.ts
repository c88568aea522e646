import { moveOutStepKinds, type MoveOutStepKind } from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';
import { invalid } from '../../platform/http/errors.ts';

/** A move-out step as it leaves the server: a `case_tasks` row with source 'move_out'. */
export interface StepView {
  id: string;
  kind: MoveOutStepKind;
  dueOn: string | null;
  owner: { type: 'staff' | 'partner'; id: string; name: string } | null;
  doneAt: string | null;
  version: number;
}

const isKind = (ref: string | null): ref is MoveOutStepKind =>
  (moveOutStepKinds as readonly (string | null)[]).includes(ref);

/** The move-out steps of a set of stays, with their owners' names, by stay. */
export async function stepsOf(db: Db | Tx, stayIds: readonly string[]) {
  const byStay = new Map<string, StepView[]>();
  if (stayIds.length === 0) return byStay;
  const rows = await db
    .selectFrom('case_tasks as t')
    .leftJoin('staff_users as s', 's.id', 't.owner_user_id')
    .leftJoin('partners as p', 'p.id', 't.owner_partner_id')
    .select([
      't.id',
      't.case_id',
      't.source_ref',
      't.due_on',
      't.owner_user_id',
      't.owner_partner_id',
      't.done_at',
      't.version',
      's.display_name as staff_name',
      'p.name as partner_name',
    ])
    .where('t.case_type', '=', 'stay')
    .where('t.source', '=', 'move_out')
    .where('t.case_id', 'in', stayIds)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  for (const r of rows) {
    if (!isKind(r.source_ref)) continue;
    const owner = r.owner_user_id
      ? { type: 'staff' as const, id: r.owner_user_id, name: r.staff_name ?? '' }
      : r.owner_partner_id
        ? { type: 'partner' as const, id: r.owner_partner_id, name: r.partner_name ?? '' }
        : null;
    const list = byStay.get(r.case_id) ?? [];
    list.push({
      id: r.id,
      kind: r.source_ref,
      dueOn: r.due_on,
      owner,
      doneAt: r.done_at,
      version: r.version,
    });
    byStay.set(r.case_id, list);
  }
  return byStay;
}

/** The owner, or the partner an application goes to, must belong to the actor's centre. */
export async function assertOwners(
  tx: Tx,
  centreId: string,
  owners: { staffId?: string | null; partnerId?: string | null; partnerPath?: string },
): Promise<void> {
  if (owners.staffId) {
    const staff = await tx
      .selectFrom('staff_users')
      .select('id')
      .where('id', '=', owners.staffId)
      .where('centre_id', '=', centreId)
      .executeTakeFirst();
    if (!staff)
      throw invalid([
        { path: 'body.ownerUserId', code: 'unknown_staff', message: 'Not staff of this centre' },
      ]);
  }
  if (owners.partnerId) {
    const partner = await tx
      .selectFrom('partners')
      .select('id')
      .where('id', '=', owners.partnerId)
      .where('centre_id', '=', centreId)
      .executeTakeFirst();
    if (!partner)
      throw invalid([
        {
          path: owners.partnerPath ?? 'body.ownerPartnerId',
          code: 'unknown_partner',
          message: 'Not a partner of this centre',
        },
      ]);
  }
}
