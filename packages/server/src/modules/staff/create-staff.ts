import type { Role } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent } from '../../platform/audit/events.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';
import { event, newActivationCode, refusal, refuse, type StaffActor } from './change-staff.ts';

export interface NewStaff {
  centreId: string;
  username: string;
  displayName: string;
  roles: Role[];
  municipalityNumber?: string;
}

/**
 * Creates an account without a password: the person sets their own with the activation code.
 * Creating is granting the roles, and the code goes to the creator, so the rule decides both.
 */
export async function createStaff(ctx: AppContext, actor: StaffActor, input: NewStaff) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  if (input.roles.includes('municipality_contact') !== (input.municipalityNumber !== undefined)) {
    throw invalid([
      {
        path: 'body.municipalityNumber',
        code: 'municipality_contact',
        message: 'A municipality contact, and only they, has a municipality',
      },
    ]);
  }
  const refused = refusal(
    actor,
    { centreId: input.centreId, roles: [] },
    { kind: 'create', roles: input.roles },
  );
  if (refused) return refuse(ctx, refused.actor, 'staff.create', null, refused.decision);
  const activation = newActivationCode(now);
  const id = newId();
  await db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (taken) throw conflict('That user name is taken', 'user_name_taken');
    await assertMunicipalityExists(tx, input.municipalityNumber, 'body.municipalityNumber');
    await tx
      .insertInto('staff_users')
      .values({
        id,
        centre_id: input.centreId,
        username: input.username,
        display_name: input.displayName,
        password_hash: null,
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        ...activation.columns,
        municipality_number: input.municipalityNumber ?? null,
        police_certificate_date: null,
        confidentiality_declaration_date: null,
        active: 1,
        deactivated_at: null,
        is_demo: 0,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        version: 1,
      })
      .execute();
    await tx
      .insertInto('staff_roles')
      .values(input.roles.map((role) => ({ user_id: id, role, granted_at: now.toISOString() })))
      .execute();
    await auditEvent(
      tx,
      ctx,
      event(actor, input.centreId, 'staff.create', 'create', id, [
        'username',
        'display_name',
        'roles',
      ]),
    );
  });
  return {
    id,
    activationCode: activation.code,
    activationExpiresAt: activation.columns.activation_expires_at,
  };
}
