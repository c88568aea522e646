import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { changeStaff, event, newActivationCode, type StaffActor } from './change-staff.ts';

/**
 * Resets a forgotten or exposed password through a new activation code: the old password stops
 * working and every session ends. The second factor stays, so the next login still needs it.
 */
export async function resetPassword(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  version: number,
) {
  const now = ctx.clock.now();
  const change = { kind: 'reset_password' } as const;
  return changeStaff(ctx, actor, id, 'staff.reset_password', change, async (tx, target) => {
    await claimVersion(tx, 'staff_users', id, version, now);
    const activation = newActivationCode(now);
    await tx
      .updateTable('staff_users')
      .set({ password_hash: null, ...activation.columns })
      .where('id', '=', id)
      .execute();
    await endAllSessions(tx, id);
    await auditEvent(
      tx,
      ctx,
      event(actor, target.centreId, 'staff.reset_password', 'update', id, [
        'password_hash',
        'activation_hash',
      ]),
    );
    return {
      version: version + 1,
      activationCode: activation.code,
      activationExpiresAt: activation.columns.activation_expires_at,
    };
  });
}
