import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { changeStaff, event, type StaffActor } from './change-staff.ts';

/** Ends every session of the person at once (a lost phone, a shared screen left open). */
export async function revokeSessions(ctx: AppContext, actor: StaffActor, id: string) {
  const change = { kind: 'end_sessions' } as const;
  return changeStaff(ctx, actor, id, 'staff.revoke_sessions', change, async (tx, target) => {
    const ended = await endAllSessions(tx, id);
    await auditEvent(tx, ctx, event(actor, target.centreId, 'staff.revoke_sessions', 'delete', id));
    return { ended };
  });
}
