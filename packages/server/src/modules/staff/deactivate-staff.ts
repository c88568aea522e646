import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { changeStaff, event, type StaffActor } from './change-staff.ts';

/** Deactivation ends every session of the person at once; the account and its history stay. */
export async function deactivateStaff(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  version: number,
) {
  const now = ctx.clock.now();
  const change = { kind: 'deactivate' } as const;
  return changeStaff(ctx, actor, id, 'staff.deactivate', change, async (tx, target) => {
    await claimVersion(tx, 'staff_users', id, version, now);
    await tx
      .updateTable('staff_users')
      .set({ active: 0, deactivated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    await endAllSessions(tx, id);
    await auditEvent(
      tx,
      ctx,
      event(actor, target.centreId, 'staff.deactivate', 'update', id, ['active']),
    );
    return { version: version + 1 };
  });
}
