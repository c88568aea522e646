import { localDate, type Actor, type Role } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import type { StaffMember } from './schema.ts';

export async function listStaff(ctx: AppContext, actor: Actor): Promise<StaffMember[]> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const today = localDate(now);
  const idleSince = new Date(now.getTime() - ctx.config.sessionIdleMs).toISOString();
  const createdSince = new Date(now.getTime() - ctx.config.sessionMaxMs).toISOString();
  const rows = await db
    .selectFrom('staff_users')
    .where('staff_users.centre_id', '=', actor.centreId)
    .select((eb) => [
      'staff_users.id',
      'staff_users.username',
      'staff_users.display_name',
      'staff_users.municipality_number',
      'staff_users.police_certificate_date',
      'staff_users.confidentiality_declaration_date',
      'staff_users.totp_secret',
      'staff_users.password_hash',
      'staff_users.active',
      'staff_users.version',
      eb
        .selectFrom('sessions')
        .whereRef('sessions.user_id', '=', 'staff_users.id')
        .where('sessions.last_seen_at', '>', idleSince)
        .where('sessions.created_at', '>', createdSince)
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('active_sessions'),
    ])
    .orderBy('staff_users.display_name')
    .execute();
  const roleRows = await db
    .selectFrom('staff_roles')
    .innerJoin('staff_users', 'staff_users.id', 'staff_roles.user_id')
    .where('staff_users.centre_id', '=', actor.centreId)
    .select(['staff_roles.user_id', 'staff_roles.role'])
    .execute();
  const rolesOf = new Map<string, Role[]>();
  for (const r of roleRows) rolesOf.set(r.user_id, [...(rolesOf.get(r.user_id) ?? []), r.role]);

  await db.transaction().execute((tx) =>
    auditEvent(tx, ctx, {
      centreId: actor.centreId,
      actor: actor.userId,
      verb: 'read',
      action: 'staff.list',
      outcome: 'success',
      recordType: 'staff_user',
      recordId: null,
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    roles: rolesOf.get(r.id) ?? [],
    municipalityNumber: r.municipality_number,
    policeCertificateDate: r.police_certificate_date,
    confidentialityDeclarationDate: r.confidentiality_declaration_date,
    clearedForPersonalData:
      r.police_certificate_date !== null &&
      r.police_certificate_date <= today &&
      r.confidentiality_declaration_date !== null &&
      r.confidentiality_declaration_date <= today,
    mfaEnabled: r.totp_secret !== null,
    activated: r.password_hash !== null,
    active: r.active === 1,
    activeSessions: Number(r.active_sessions ?? 0),
    version: r.version,
  }));
}
