import { moveOutStepKinds, type MoveOutStepKind } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { invalid } from '../../platform/http/errors.ts';
import { partnersOfCentre } from '../partners/index.ts';
import { staffNames } from '../staff/index.ts';
import { tasksOfCases } from '../tasks/index.ts';

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
export async function stepsOf(ctx: AppContext, db: Db | Tx, stayIds: readonly string[]) {
  const tasks = await tasksOfCases(ctx, db, 'stay', stayIds, 'move_out');
  const byStay = new Map<string, StepView[]>();
  for (const [stayId, list] of tasks)
    byStay.set(
      stayId,
      list.flatMap((t) => {
        const kind = t.sourceRef;
        if (!isKind(kind)) return [];
        const owner = t.ownerUserId
          ? { type: 'staff' as const, id: t.ownerUserId, name: t.ownerName ?? '' }
          : t.ownerPartnerId
            ? { type: 'partner' as const, id: t.ownerPartnerId, name: t.partnerName ?? '' }
            : null;
        return [{ id: t.id, kind, dueOn: t.dueOn, owner, doneAt: t.doneAt, version: t.version }];
      }),
    );
  return byStay;
}

/** The owner, or the partner an application goes to, must belong to the actor's centre. */
export async function assertOwners(
  tx: Tx,
  centreId: string,
  owners: { staffId?: string | null; partnerId?: string | null; partnerPath?: string },
): Promise<void> {
  const [staff, partners] = await Promise.all([
    staffNames(tx, centreId, [owners.staffId]),
    partnersOfCentre(tx, centreId, [owners.partnerId]),
  ]);
  if (owners.staffId && !staff.has(owners.staffId))
    throw invalid([
      { path: 'body.ownerUserId', code: 'unknown_staff', message: 'Not staff of this centre' },
    ]);
  if (owners.partnerId && !partners.has(owners.partnerId))
    throw invalid([
      {
        path: owners.partnerPath ?? 'body.ownerPartnerId',
        code: 'unknown_partner',
        message: 'Not a partner of this centre',
      },
    ]);
}
