import { localDate, nextPlanReviewOn, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMayAssignPrimaryContact, recordAddressAccess } from '../access/index.ts';
import { staffOfCentre } from '../staff/index.ts';
import { completeTask, createTasks } from '../tasks/index.ts';
import { workOnStay } from './household.ts';
import type { flagsBody, planBody, responsibleBody, reviewBody, taskBody } from './schema.ts';

/**
 * Who works the stay: the primary contact and, for families, the child-responsible staff member.
 * Both open the stay's records by relation, so a change here changes who may read the journal:
 * the unit leader names them, or the current primary contact hands over.
 */
export function setResponsible(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof responsibleBody>,
): Promise<{ version: number }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.responsible',
    ['primary_contact_id', 'child_responsible_id'],
    async (tx) => {
      const stay = await tx
        .selectFrom('stays')
        .select(['person_id', 'primary_contact_id', 'child_responsible_id'])
        .where('id', '=', stayId)
        .executeTakeFirstOrThrow();
      assertMayAssignPrimaryContact(actor, stay.primary_contact_id);
      await staffOfCentre(
        tx,
        actor.centreId,
        [input.primaryContactId, input.childResponsibleId].filter((s): s is string => s !== null),
      );
      const now = ctx.clock.now();
      await claimVersion(tx, 'stays', stayId, input.version, now);
      const members = await tx
        .selectFrom('stay_members')
        .select('person_id')
        .where('stay_id', '=', stayId)
        .execute();
      await recordAddressAccess(ctx, tx, actor, {
        caseType: 'stay',
        caseId: stayId,
        personIds: [stay.person_id, ...members.map((m) => m.person_id)],
        before: [stay.primary_contact_id, stay.child_responsible_id],
        after: [input.primaryContactId, input.childResponsibleId],
      });
      await tx
        .updateTable('stays')
        .set({
          primary_contact_id: input.primaryContactId,
          child_responsible_id: input.childResponsibleId,
        })
        .where('id', '=', stayId)
        .execute();
      return { version: input.version + 1 };
    },
  );
}

/** Makes or changes the plan for the stay: the goals (sealed) and how often it is reviewed. */
export function putPlan(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof planBody>,
): Promise<{ version: number }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.plan',
    ['goals', 'review_interval_days'],
    async (tx) => {
      const now = ctx.clock.now();
      const goals = input.goals ? secretBox(ctx.config.encryptionKey).seal(input.goals) : null;
      const plan = await tx
        .selectFrom('stay_plans')
        .select(['id', 'created_at', 'last_reviewed_at'])
        .where('stay_id', '=', stayId)
        .executeTakeFirst();
      // The next review follows the interval from the last review, or from when the plan was made.
      const from = (at: string | null | undefined) => localDate(new Date(at ?? now.toISOString()));
      if (plan) {
        if (input.version === null)
          throw conflict('The stay has a plan already. Reload to see it.', 'stale_version');
        await claimVersion(tx, 'stay_plans', plan.id, input.version, now);
        await tx
          .updateTable('stay_plans')
          .set({
            goals_sealed: goals,
            review_interval_days: input.reviewIntervalDays,
            next_review_on: nextPlanReviewOn(
              from(plan.last_reviewed_at ?? plan.created_at),
              input.reviewIntervalDays,
            ),
          })
          .where('id', '=', plan.id)
          .execute();
        return { version: input.version + 1 };
      }
      if (input.version !== null)
        throw conflict('The plan is gone. Reload to see the stay.', 'stale_version');
      await tx
        .insertInto('stay_plans')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          stay_id: stayId,
          goals_sealed: goals,
          review_interval_days: input.reviewIntervalDays,
          last_reviewed_at: null,
          last_reviewed_by: null,
          next_review_on: nextPlanReviewOn(from(null), input.reviewIntervalDays),
          created_by: actor.userId,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          version: 1,
        })
        .execute();
      return { version: 1 };
    },
  );
}

/** Records a review of the plan, and when the next one is due. */
export function reviewPlan(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof reviewBody>,
): Promise<{ version: number }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.plan_review',
    ['last_reviewed_at', 'next_review_on', 'review'],
    async (tx) => {
      const plan = await tx
        .selectFrom('stay_plans')
        .select(['id', 'review_interval_days'])
        .where('stay_id', '=', stayId)
        .executeTakeFirst();
      if (!plan) throw conflict('Make the plan before reviewing it', 'plan_missing');
      const now = ctx.clock.now();
      await claimVersion(tx, 'stay_plans', plan.id, input.version, now);
      await tx
        .updateTable('stay_plans')
        .set({
          last_reviewed_at: now.toISOString(),
          last_reviewed_by: actor.userId,
          next_review_on: nextPlanReviewOn(localDate(now), plan.review_interval_days),
        })
        .where('id', '=', plan.id)
        .execute();
      await tx
        .insertInto('stay_plan_reviews')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          plan_id: plan.id,
          reviewed_at: now.toISOString(),
          reviewed_by: actor.userId,
          note_sealed: input.note ? secretBox(ctx.config.encryptionKey).seal(input.note) : null,
        })
        .execute();
      return { version: input.version + 1 };
    },
  );
}

async function checkPartner(tx: Tx, centreId: string, partnerId: string | null): Promise<void> {
  if (partnerId === null) return;
  const partner = await tx
    .selectFrom('partners')
    .select('id')
    .where('id', '=', partnerId)
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
  if (!partner) {
    throw invalid([
      {
        path: 'body.ownerPartnerId',
        code: 'unknown_partner',
        message: 'Not a partner of this centre',
      },
    ]);
  }
}

/** A task on the stay — or, as `measure`, a measure of the plan: who does what by when. */
export function addTask(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof taskBody>,
): Promise<{ id: string }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.task_add',
    ['tasks'],
    async (tx, gateway) => {
      if (input.ownerUserId) await staffOfCentre(tx, actor.centreId, [input.ownerUserId]);
      await checkPartner(tx, actor.centreId, input.ownerPartnerId);
      const [id = ''] = await createTasks(ctx, tx, actor, [
        {
          case: { type: 'stay', id: stayId },
          description: input.description,
          ownerUserId: input.ownerUserId,
          ownerPartnerId: input.ownerPartnerId,
          dueOn: input.dueOn,
          source: input.measure ? 'plan' : 'manual',
        },
      ]);
      await gateway.audit(tx, 'task', id, 'create', 'stays.task_add', [
        'description',
        'owner',
        'due_on',
        'source',
      ]);
      return { id };
    },
  );
}

export function completeStayTask(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  taskId: string,
  version: number,
): Promise<{ version: number }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.task_done',
    ['tasks'],
    async (tx, gateway) => {
      const done = await completeTask(tx, actor, ctx.clock.now(), {
        id: taskId,
        case: { type: 'stay', id: stayId },
        version,
      });
      await gateway.audit(tx, 'task', taskId, 'update', 'stays.task_done', ['done_at', 'done_by']);
      return done;
    },
  );
}

/** The flags the night watch sees: no visitors, perpetrator known to search, a short note. */
export function putFlags(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof flagsBody>,
): Promise<{ version: number }> {
  return workOnStay(
    ctx,
    actor,
    stayId,
    'update',
    'stays.flags',
    ['no_visitors', 'perpetrator_searching', 'safety_note'],
    async (tx) => {
      const now = ctx.clock.now();
      const values = {
        no_visitors: input.noVisitors ? 1 : 0,
        perpetrator_searching: input.perpetratorSearching ? 1 : 0,
        safety_note_sealed: input.safetyNote
          ? secretBox(ctx.config.encryptionKey).seal(input.safetyNote)
          : null,
        updated_by: actor.userId,
      };
      const row = await tx
        .selectFrom('stay_flags')
        .select('id')
        .where('stay_id', '=', stayId)
        .executeTakeFirst();
      if (row) {
        if (input.version === null)
          throw conflict('Flags were set meanwhile. Reload to see them.', 'stale_version');
        await claimVersion(tx, 'stay_flags', row.id, input.version, now);
        await tx.updateTable('stay_flags').set(values).where('id', '=', row.id).execute();
        return { version: input.version + 1 };
      }
      if (input.version !== null) throw conflict('Reload to see the flags.', 'stale_version');
      await tx
        .insertInto('stay_flags')
        .values({
          id: newId(),
          stay_id: stayId,
          centre_id: actor.centreId,
          ...values,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          version: 1,
        })
        .execute();
      return { version: 1 };
    },
  );
}
