import { intakeProtectionRule, type Actor, type AuditVerb } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { IntakeTable } from '../../platform/db/tables.ts';
import { notFound } from '../../platform/http/errors.ts';
import { intakeSummary } from '../intake/index.ts';

export type IntakeRow = Pick<IntakeTable, 'id' | 'centre_id' | 'status' | 'stay_id' | 'created_at'>;

/**
 * Opens an intake's threat assessments or safety plan through the gateway, under the domain's
 * rule for them (`intakeProtectionRule`); a refusal is audited with its reason and answers 404,
 * like a record that does not exist.
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
  const intake = await intakeSummary(ctx.database.db, intakeId);
  if (!intake) throw notFound();
  return gateway.open(
    'intake',
    intakeId,
    verb,
    action,
    fields,
    (tx) => work(tx, intake, gateway),
    intakeProtectionRule(intake.status === 'in_progress'),
  );
}

/** A staff member for display, named from `staffNames`; unknown ids (a system actor) get an empty name. */
export const staffRef = (names: Map<string, string>, id: string) => ({
  id,
  name: names.get(id) ?? '',
});
