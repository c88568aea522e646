import {
  decideStaffChange,
  type Action,
  type Actor,
  type StaffChange,
  type StaffChangeDecision,
  type StaffTarget,
} from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { ModuleAuditEvent } from '../../platform/audit/events.ts';
import { readableCode, sha256 } from '../../platform/crypto/tokens.ts';
import type { Tx } from '../../platform/db/database.ts';
import { forbidden, notFound, refused } from '../../platform/http/errors.ts';

/*
 * What every change to an account shares: who may make it (the domain's rule, refusals audited),
 * the activation code, and the audit event. Each use case is its own file beside this one.
 */

const activationValidityMs = 72 * 3_600_000;

/**
 * A one-time activation code, shown once to whoever hands it over: the person sets their own
 * password with it (an administrator never chooses one). Only its hash is stored.
 */
export function newActivationCode(now: Date) {
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

export function event(
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
export function refusal(actor: StaffActor, target: StaffTarget, change: StaffChange) {
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
export async function refuse(
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
export async function changeStaff<T>(
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
