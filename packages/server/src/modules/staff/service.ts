import { sql } from 'kysely';
import {
  caseworkRoles,
  decideStaffChange,
  localDate,
  type Action,
  type Actor,
  type Role,
  type StaffChange,
  type StaffChangeDecision,
  type StaffTarget,
} from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { auditEvent, type ModuleAuditEvent } from '../../platform/audit/events.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import { readableCode, sha256 } from '../../platform/crypto/tokens.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, forbidden, invalid, notFound, refused } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';
import type { StaffMember } from './schema.ts';

const activationValidityMs = 72 * 3_600_000;

/**
 * A one-time activation code, shown once to whoever hands it over: the person sets their own
 * password with it (an administrator never chooses one). Only its hash is stored.
 */
function newActivationCode(now: Date) {
  const code = readableCode(20);
  return {
    code,
    columns: {
      activation_hash: sha256(code),
      activation_expires_at: new Date(now.getTime() + activationValidityMs).toISOString(),
    },
  };
}

/** The acting user, or `system:cli` for the command line (which works on any centre). */
export type StaffActor = Actor | { system: string };
const actorName = (actor: StaffActor) => ('system' in actor ? actor.system : actor.userId);

function event(
  actor: StaffActor,
  centreId: string,
  action: string,
  verb: ModuleAuditEvent['verb'],
  userId: string,
  fields?: string[],
): ModuleAuditEvent {
  return {
    centreId,
    actor: actorName(actor),
    verb,
    action,
    outcome: 'success',
    recordType: 'staff_user',
    recordId: userId,
    fields,
  };
}

type Refusal = Extract<StaffChangeDecision, { allowed: false }>;

/**
 * The second gate: the staff member exists and belongs to the actor's centre (the gateway's
 * check, which audits a denial). Anything else is the same 404, so that a probe learns nothing
 * about other centres' staff. The command line works on any centre. Before the transaction.
 */
async function staffInReach(
  ctx: AppContext,
  actor: StaffActor,
  action: Action,
  id: string,
): Promise<{ centre_id: string }> {
  if (!('system' in actor)) return new PersonalDataGateway(ctx, actor).staffMember(id, action);
  const row = await ctx.database.db
    .selectFrom('staff_users')
    .select(['centre_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/**
 * What the rule says no to, for a staff actor. The console (`havn user`) is the operator at the
 * server, who sets up a centre's first unit leader and recovers a last one: it may do all.
 */
function refusal(actor: StaffActor, target: StaffTarget, change: StaffChange) {
  if ('system' in actor) return null;
  const decision = decideStaffChange(actor, target, change);
  return decision.allowed ? null : { actor, decision };
}

const refusalMessages = {
  own_account: 'Nobody changes her own roles, duties or second factor, or deactivates herself',
  role_not_grantable: 'You may not grant or take away one of these roles',
  duty_not_registrable: 'You may not register these duties',
  casework_account: 'A unit leader handles the credentials of an account with a casework role',
} as const;

/**
 * Refuses a change the rule does not allow, audited with its reason. A staff member of another
 * centre is the same 404 as none at all, so a probe learns nothing about other centres' staff.
 */
async function refuse(
  ctx: AppContext,
  actor: Actor,
  action: Action,
  id: string | null,
  decision: Refusal,
): Promise<never> {
  await new PersonalDataGateway(ctx, actor).refuseStaffChange(id, action, decision.reason);
  if (decision.reason === 'other_centre') throw notFound();
  if (decision.reason === 'role_not_permitted') throw forbidden();
  throw refused(refusalMessages[decision.reason], decision.reason);
}

interface LoadedTarget extends StaffTarget {
  userId: string;
  activated: boolean;
}

async function loadTarget(tx: Tx, id: string): Promise<LoadedTarget> {
  const row = await tx
    .selectFrom('staff_users')
    .select(['centre_id', 'password_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const held = await tx
    .selectFrom('staff_roles')
    .select('role')
    .where('user_id', '=', id)
    .execute();
  return {
    userId: id,
    centreId: row.centre_id,
    roles: held.map((r) => r.role),
    activated: row.password_hash !== null,
  };
}

/**
 * Every change to an existing account: loads the account and its roles in the transaction,
 * asks the rule, and runs `work` only when it allows; a refusal is audited after the rollback.
 */
async function changeStaff<T>(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  action: Action,
  change: StaffChange,
  work: (tx: Tx, target: LoadedTarget) => Promise<T>,
): Promise<T> {
  await staffInReach(ctx, actor, action, id);
  const outcome = await ctx.database.db
    .transaction()
    .execute(
      async (tx): Promise<{ result: T } | { refused: NonNullable<ReturnType<typeof refusal>> }> => {
        const target = await loadTarget(tx, id);
        const refused = refusal(actor, target, change);
        return refused ? { refused } : { result: await work(tx, target) };
      },
    );
  if ('result' in outcome) return outcome.result;
  return refuse(ctx, outcome.refused.actor, action, id, outcome.refused.decision);
}

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

/** Registers the police certificate (§7) and confidentiality declaration (§5) dates. */
export async function updateDuties(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    version: number;
    policeCertificateDate: string | null;
    confidentialityDeclarationDate: string | null;
  },
) {
  const now = ctx.clock.now();
  const change = {
    kind: 'register_duties',
    duties: ['police_certificate', 'confidentiality_declaration'],
  } as const;
  return changeStaff(ctx, actor, id, 'staff.update_duties', change, async (tx, target) => {
    await claimVersion(tx, 'staff_users', id, input.version, now);
    await tx
      .updateTable('staff_users')
      .set({
        police_certificate_date: input.policeCertificateDate,
        confidentiality_declaration_date: input.confidentialityDeclarationDate,
      })
      .where('id', '=', id)
      .execute();
    await auditEvent(
      tx,
      ctx,
      event(actor, target.centreId, 'staff.update_duties', 'update', id, [
        'police_certificate_date',
        'confidentiality_declaration_date',
      ]),
    );
    return { version: input.version + 1 };
  });
}

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

export async function revokeSessions(ctx: AppContext, actor: StaffActor, id: string) {
  const change = { kind: 'end_sessions' } as const;
  return changeStaff(ctx, actor, id, 'staff.revoke_sessions', change, async (tx, target) => {
    const ended = await endAllSessions(tx, id);
    await auditEvent(tx, ctx, event(actor, target.centreId, 'staff.revoke_sessions', 'delete', id));
    return { ended };
  });
}

/** Finds a staff member by user name, for the command line. */
export async function staffByUsername(db: Db, username: string) {
  const row = await db
    .selectFrom('staff_users')
    .select(['id', 'centre_id', 'version'])
    .where(sql<string>`lower(username)`, '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
