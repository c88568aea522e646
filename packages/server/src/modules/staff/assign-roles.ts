import { caseworkRoles, type Role } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { invalid } from '../../platform/http/errors.ts';
import { changeStaff, event, newActivationCode, type StaffActor } from './change-staff.ts';

/**
 * Replaces the roles. Losing a role ends the person's sessions at once. Gaining a casework role
 * before the account is activated voids the code handed out so far — whoever created the account
 * may hold it — and gives a fresh one to the granting unit leader.
 */
export async function assignRoles(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  version: number,
  roles: Role[],
): Promise<{ version: number; activationCode?: string; activationExpiresAt?: string }> {
  const now = ctx.clock.now();
  const change = { kind: 'assign_roles', roles } as const;
  return changeStaff(ctx, actor, id, 'staff.assign_roles', change, async (tx, target) => {
    const { municipality_number } = await tx
      .selectFrom('staff_users')
      .select('municipality_number')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (roles.includes('municipality_contact') !== (municipality_number !== null)) {
      throw invalid([
        {
          path: 'body.roles',
          code: 'municipality_contact',
          message:
            'Only an account created for a partner municipality can be its contact, and it keeps that role',
        },
      ]);
    }
    await claimVersion(tx, 'staff_users', id, version, now);
    await tx.deleteFrom('staff_roles').where('user_id', '=', id).execute();
    await tx
      .insertInto('staff_roles')
      .values(roles.map((role) => ({ user_id: id, role, granted_at: now.toISOString() })))
      .execute();
    if (target.roles.some((role) => !roles.includes(role))) await endAllSessions(tx, id);
    const gainsCasework = roles.some(
      (role) => caseworkRoles.includes(role) && !target.roles.includes(role),
    );
    const code = !target.activated && gainsCasework ? newActivationCode(now) : null;
    if (code) await tx.updateTable('staff_users').set(code.columns).where('id', '=', id).execute();
    await auditEvent(
      tx,
      ctx,
      event(actor, target.centreId, 'staff.assign_roles', 'update', id, [
        'roles',
        ...(code ? ['activation_hash'] : []),
      ]),
    );
    return {
      version: version + 1,
      ...(code
        ? { activationCode: code.code, activationExpiresAt: code.columns.activation_expires_at }
        : {}),
    };
  });
}
