import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { changeStaff, event, type StaffActor } from './change-staff.ts';

/** Removes the second factor and recovery codes; the person sets up a new app at the next login. */
export async function resetSecondFactor(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  version: number,
) {
  const now = ctx.clock.now();
  const change = { kind: 'reset_second_factor' } as const;
  return changeStaff(ctx, actor, id, 'staff.reset_mfa', change, async (tx, target) => {
    await claimVersion(tx, 'staff_users', id, version, now);
    await tx
      .updateTable('staff_users')
      .set({
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
      })
      .where('id', '=', id)
      .execute();
    await tx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
    await endAllSessions(tx, id);
    await auditEvent(
      tx,
      ctx,
      event(actor, target.centreId, 'staff.reset_mfa', 'update', id, [
        'totp_secret',
        'recovery_codes',
      ]),
    );
    return { version: version + 1 };
  });
}
