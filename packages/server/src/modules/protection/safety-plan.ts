import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { staffNames } from '../staff/index.ts';
import { openIntakeProtection, staffRef } from './access.ts';
import { uniqueViolation } from '../../platform/db/unique-violation.ts';
import type { reviewBody, safetyPlanBody, safetyPlanView } from './schema.ts';

type PlanContent = Pick<
  z.infer<typeof safetyPlanBody>,
  'routes' | 'phone' | 'school' | 'ifFound' | 'other'
>;
const planFields = ['routes', 'phone', 'school', 'if_found', 'other'];
const staleMessage =
  'Someone else changed the safety plan after you opened it. Reload to see their change, then try again.';

const planOf = (tx: Tx, intakeId: string) =>
  tx.selectFrom('safety_plans').selectAll().where('intake_id', '=', intakeId).executeTakeFirst();

export async function getSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  intakeId: string,
): Promise<z.infer<typeof safetyPlanView>> {
  return openIntakeProtection(
    ctx,
    actor,
    intakeId,
    'read',
    'protection.safety_plan.read',
    ['safety_plan'],
    async (tx, intake) => {
      const row = await planOf(tx, intakeId);
      if (!row) return { plan: null };
      const content = JSON.parse(
        secretBox(ctx.config.encryptionKey).open(row.content_sealed),
      ) as PlanContent;
      const names = await staffNames(tx, intake.centre_id, [row.updated_by, row.reviewed_by]);
      return {
        plan: {
          routes: content.routes,
          phone: content.phone,
          school: content.school,
          ifFound: content.ifFound,
          other: content.other,
          updatedAt: row.updated_at,
          updatedBy: staffRef(names, row.updated_by),
          reviewedAt: row.reviewed_at,
          reviewedBy: row.reviewed_by ? staffRef(names, row.reviewed_by) : null,
          nextReviewOn: row.next_review_on,
          version: row.version,
        },
      };
    },
  );
}

/**
 * Writes the safety plan: version 0 makes it, otherwise the version the editor started from
 * (409 when someone saved in between). The whole content is sealed as one value.
 */
export async function saveSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  intakeId: string,
  input: z.infer<typeof safetyPlanBody>,
) {
  const now = ctx.clock.now();
  const stamp = now.toISOString();
  const content: PlanContent = {
    routes: input.routes || null,
    phone: input.phone || null,
    school: input.school || null,
    ifFound: input.ifFound || null,
    other: input.other || null,
  };
  const sealed = secretBox(ctx.config.encryptionKey).seal(JSON.stringify(content));
  try {
    return await openIntakeProtection(
      ctx,
      actor,
      intakeId,
      'update',
      'protection.safety_plan.save',
      planFields,
      async (tx, intake, gateway) => {
        const row = await planOf(tx, intakeId);
        if (!row) {
          if (input.version !== 0) throw conflict(staleMessage, 'stale_version');
          const id = newId();
          await tx
            .insertInto('safety_plans')
            .values({
              id,
              centre_id: intake.centre_id,
              intake_id: intakeId,
              content_sealed: sealed,
              reviewed_at: null,
              reviewed_by: null,
              next_review_on: null,
              created_by: actor.userId,
              updated_by: actor.userId,
              created_at: stamp,
              updated_at: stamp,
              version: 1,
            })
            .execute();
          await gateway.audit(
            tx,
            'safety_plan',
            id,
            'create',
            'protection.safety_plan.save',
            planFields,
          );
          return { version: 1 };
        }
        if (input.version === 0) throw conflict(staleMessage, 'stale_version');
        await claimVersion(tx, 'safety_plans', row.id, input.version, now);
        await tx
          .updateTable('safety_plans')
          .set({ content_sealed: sealed, updated_by: actor.userId })
          .where('id', '=', row.id)
          .execute();
        await gateway.audit(
          tx,
          'safety_plan',
          row.id,
          'update',
          'protection.safety_plan.save',
          planFields,
        );
        return { version: input.version + 1 };
      },
    );
  } catch (error) {
    // Two first saves at once: the unique intake id lets one through.
    if (uniqueViolation(error) !== null) throw conflict(staleMessage, 'stale_version');
    throw error;
  }
}

/** Marks the plan reviewed now, with the date of the next review. */
export async function reviewSafetyPlan(
  ctx: AppContext,
  actor: Actor,
  intakeId: string,
  input: z.infer<typeof reviewBody>,
) {
  const now = ctx.clock.now();
  return openIntakeProtection(
    ctx,
    actor,
    intakeId,
    'update',
    'protection.safety_plan.review',
    ['reviewed_at', 'next_review_on'],
    async (tx, _intake, gateway) => {
      const row = await planOf(tx, intakeId);
      if (!row) throw notFound();
      await claimVersion(tx, 'safety_plans', row.id, input.version, now);
      await tx
        .updateTable('safety_plans')
        .set({
          reviewed_at: now.toISOString(),
          reviewed_by: actor.userId,
          next_review_on: input.nextReviewOn,
        })
        .where('id', '=', row.id)
        .execute();
      await gateway.audit(tx, 'safety_plan', row.id, 'update', 'protection.safety_plan.review', [
        'reviewed_at',
        'reviewed_by',
        'next_review_on',
      ]);
      return { version: input.version + 1 };
    },
  );
}
