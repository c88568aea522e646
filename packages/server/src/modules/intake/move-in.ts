import { missingBeforeMoveIn, screenedFindings, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { claimVersion, staleVersion } from '../../platform/db/versioned.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { recordAddressAccess } from '../access/index.ts';
import { startStay } from '../capacity/index.ts';
import { assignResponsible } from '../stays/index.ts';
import { moveTasks } from '../tasks/index.ts';
import type { EligibilityDetails } from './intake-view.ts';
import { boxOf, openJson, stepsOf, syncTasks, withIntake, withStep } from './records.ts';
import type { moveInBody } from './schema.ts';

/**
 * The person (and the children along) move into beds found with capacity's find-a-place; the
 * stay starts, and in the same transaction the intake is completed: the stay gets the primary
 * contact and the child-responsible staff member, the intake the stay, and the intake's tasks
 * move to the stay. Either all of it happens or none.
 */
export async function moveIn(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof moveInBody>,
) {
  const row = await withIntake(
    ctx,
    actor,
    id,
    'read',
    'intake.move_in',
    ['status', 'steps_saved', 'members'],
    null,
    async (tx, intake) => {
      const members = await tx
        .selectFrom('intake_members')
        .select('person_id')
        .where('intake_id', '=', id)
        .execute();
      return { ...intake, members: members.map((m) => m.person_id) };
    },
  );
  if (row.status !== 'in_progress')
    throw conflict(
      `The intake is ${row.status.replace('_', ' ')}; it can no longer change`,
      'intake_closed',
    );
  if (row.version !== input.version) throw staleVersion();
  const missing = missingBeforeMoveIn(stepsOf(row));
  if (missing.length > 0)
    throw invalid(
      missing.map((step) => ({
        path: `steps.${step}`,
        code: 'step_missing',
        message: 'Save this step before the move-in',
      })),
    );
  const given = input.children.map((c) => c.personId);
  if (given.length !== row.members.length || !row.members.every((m) => given.includes(m)))
    throw invalid([
      {
        path: 'body.children',
        code: 'children_mismatch',
        message: 'One bed for each child of the intake',
      },
    ]);

  const gateway = new PersonalDataGateway(ctx, actor);
  let version = input.version;
  const stay = await startStay(
    ctx,
    actor,
    {
      personId: row.person_id,
      bedId: input.bedId,
      children: input.children,
      ...(input.arrivalAt ? { arrivalAt: input.arrivalAt } : {}),
      need: {
        ...input.need,
        meetsScreenedCriteria: row.meets_screened_criteria === 1,
        screenedExclusions: screenedFindings(
          openJson<EligibilityDetails>(boxOf(ctx), row.eligibility_sealed)?.screened ?? null,
        ).screenedExclusions,
      },
      // What the intake recorded, also when it is "not known": the stay holds it from now on.
      homeMunicipalityNumber: row.home_municipality_number,
    },
    async (tx, stayId) => {
      const now = ctx.clock.now();
      await claimVersion(tx, 'intakes', id, input.version, now);
      version = input.version + 1;
      await assignResponsible(tx, stayId, {
        primaryContactId: row.primary_contact_id,
        childResponsibleId: row.child_responsible_id,
      });
      const changes = {
        stay_id: stayId,
        status: 'completed' as const,
        ended_at: now.toISOString(),
        steps_saved: withStep(row, 'bed'),
      };
      await tx.updateTable('intakes').set(changes).where('id', '=', id).execute();
      await moveTasks(tx, { type: 'intake', id }, { type: 'stay', id: stayId });
      await syncTasks(ctx, actor, tx, { ...row, ...changes });
      await gateway.audit(tx, 'intake', id, 'update', 'intake.move_in', [
        'stay_id',
        'status',
        'ended_at',
        'tasks',
      ]);
      await gateway.audit(tx, 'stay', stayId, 'update', 'intake.move_in', [
        'primary_contact_id',
        'child_responsible_id',
      ]);
      await recordAddressAccess(ctx, tx, actor, {
        caseType: 'stay',
        caseId: stayId,
        personIds: [row.person_id, ...given],
        before: [],
        after: [row.primary_contact_id, row.child_responsible_id],
      });
    },
  );
  return { stayId: stay.id, version };
}
