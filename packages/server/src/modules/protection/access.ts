import { decide, decideRecordAccess, type Actor, type AuditVerb } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { IntakeTable } from '../../platform/db/tables.ts';
import { notFound } from '../../platform/http/errors.ts';

export type IntakeRow = Pick<IntakeTable, 'id' | 'centre_id' | 'status' | 'stay_id' | 'created_at'>;

/**
 * Opens an intake's threat assessments or safety plan. While the intake conversation goes on,
 * whoever may open the intake conducts both (intake.conduct: anyone on duty, at any hour).
 * Afterwards they belong to the stay's casework: those with `stays.work` who can open the
 * record, its primary contact, or someone with a break-the-glass grant. A night watch on shift
 * opens the intake by relation, yet does not read the history of how the risk was judged. A
 * refusal is audited with its reason and answers 404, like a record that does not exist.
 */
export async function openIntakeProtection<T>(
  ctx: AppContext,
  actor: Actor,
  intakeId: string,
  verb: AuditVerb,
  action: string,
  fields: readonly string[],
  work: (tx: Tx, intake: IntakeRow, gateway: PersonalDataGateway) => Promise<T>,
): Promise<T> {
  const gateway = new PersonalDataGateway(ctx, actor);
  const { db } = ctx.database;
  const intake = await db
    .selectFrom('intakes')
    .select(['id', 'centre_id', 'status', 'stay_id', 'created_at'])
    .where('id', '=', intakeId)
    .executeTakeFirst();
  const relation = intake && (await gateway.relations('intake', [intakeId])).get(intakeId);
  if (intake && relation) {
    const access = decideRecordAccess(actor, relation, ctx.clock.now());
    const worksCase =
      decide(actor, 'stays.work').allowed ||
      relation.isPrimaryContact ||
      (access.allowed && access.via === 'break_glass');
    // Other refusals (another centre, no relation at all) are the gateway's to audit below.
    if (access.allowed && intake.status !== 'in_progress' && !worksCase) {
      await db
        .transaction()
        .execute((tx) =>
          gateway.audit(tx, 'intake', intakeId, 'deny', action, [], 'not_case_worker', 'denied'),
        );
      throw notFound();
    }
  }
  return gateway.open('intake', intakeId, verb, action, fields, (tx) => work(tx, intake!, gateway));
}

/** A unique index refused the write, on either engine: someone else saved first. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** Staff names for display; unknown ids (a system actor) get an empty name. */
export async function staffNames(
  tx: Tx | AppContext['database']['db'],
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .selectFrom('staff_users')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export const staffRef = (names: Map<string, string>, id: string) => ({
  id,
  name: names.get(id) ?? '',
});
