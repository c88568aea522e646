import {
  localDate,
  moveOutStepDescriptions,
  nextStep,
  waitingDays,
  type Actor,
  type HousingRoute,
} from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { MoveOutPlanTable, StayTable } from '../../platform/db/tables.ts';
import { claimVersion, staleVersion } from '../../platform/db/versioned.ts';
import { invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { partnersOfCentre } from '../partners/index.ts';
import { staffNames } from '../staff/index.ts';
import { staysByIds } from '../stays/index.ts';
import { createTasks, updateTask } from '../tasks/index.ts';
import type { planBody, planView, stepBody, stepUpdateBody } from './schema.ts';
import { assertOwners, stepsOf } from './steps.ts';

type PlanView = z.infer<typeof planView>;

export const planFields = ['route', 'perpetrator_removed', 'application_partner_id', 'ready_on'];

export async function stayRow(tx: Tx, id: string): Promise<StayTable> {
  const stay = (await staysByIds(tx, [id])).get(id);
  if (!stay) throw notFound();
  return stay;
}

export const planRow = (tx: Tx, stayId: string) =>
  tx.selectFrom('move_out_plans').selectAll().where('stay_id', '=', stayId).executeTakeFirst();

/**
 * The plan of a stay, created on first need with the route unknown: a stay has a move-out plan
 * from the day of arrival, recorded or not.
 */
export async function ensurePlan(
  tx: Tx,
  actor: Actor,
  stay: StayTable,
  now: Date,
): Promise<MoveOutPlanTable> {
  const found = await planRow(tx, stay.id);
  if (found) return found;
  const row: MoveOutPlanTable = {
    id: newId(),
    centre_id: stay.centre_id,
    stay_id: stay.id,
    route: 'unknown',
    perpetrator_removed: null,
    application_partner_id: null,
    ready_on: null,
    letter_generated_at: null,
    letter_generated_by: null,
    created_by: actor.userId,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    version: 1,
  };
  await tx.insertInto('move_out_plans').values(row).execute();
  return row;
}

async function view(ctx: AppContext, tx: Tx, stay: StayTable, now: Date): Promise<PlanView> {
  const plan = await planRow(tx, stay.id);
  const [partners, authors, steps] = await Promise.all([
    partnersOfCentre(tx, stay.centre_id, [plan?.application_partner_id]),
    staffNames(tx, stay.centre_id, [plan?.letter_generated_by]),
    stepsOf(ctx, tx, [stay.id]),
  ]);
  const partner = partners.get(plan?.application_partner_id ?? '');
  const author = authors.get(plan?.letter_generated_by ?? '');
  const list = steps.get(stay.id) ?? [];
  const until = localDate(stay.departure_at ? new Date(stay.departure_at) : now);
  return {
    stayId: stay.id,
    version: plan?.version ?? 0,
    arrivalOn: localDate(new Date(stay.arrival_at)),
    route: (plan?.route ?? 'unknown') as HousingRoute,
    perpetratorRemoved:
      plan?.perpetrator_removed === null || plan === undefined
        ? null
        : plan.perpetrator_removed === 1,
    applicationPartner: partner ? { id: partner.id, name: partner.name } : null,
    readyOn: plan?.ready_on ?? null,
    waitingDays: waitingDays(plan?.ready_on ?? null, until),
    letter:
      plan?.letter_generated_at && author !== undefined
        ? { generatedAt: plan.letter_generated_at, generatedBy: author }
        : null,
    steps: list,
    nextStepId: nextStep(list.map((s) => ({ ...s, done: s.doneAt !== null })))?.id ?? null,
  };
}

export async function getPlan(ctx: AppContext, actor: Actor, stayId: string) {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open('stay', stayId, 'read', 'move_out.read', ['move_out_plan'], async (tx) =>
    view(ctx, tx, await stayRow(tx, stayId), ctx.clock.now()),
  );
}

/** Records the route and the ready-to-move date, stating the version read (0: none yet). */
export async function savePlan(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof planBody>,
) {
  const now = ctx.clock.now();
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open('stay', stayId, 'update', 'move_out.plan', planFields, async (tx) => {
    const stay = await stayRow(tx, stayId);
    const arrivalOn = localDate(new Date(stay.arrival_at));
    const lastOn = localDate(stay.departure_at ? new Date(stay.departure_at) : now);
    if (input.readyOn !== null && (input.readyOn < arrivalOn || input.readyOn > lastOn))
      throw invalid([
        {
          path: 'body.readyOn',
          code: 'outside_stay',
          message: 'Ready to move on a day of the stay, not in the future',
        },
      ]);
    await assertOwners(tx, actor.centreId, {
      partnerId: input.applicationPartnerId,
      partnerPath: 'body.applicationPartnerId',
    });
    const existing = await planRow(tx, stayId);
    if ((existing === undefined) !== (input.version === 0)) throw staleVersion();
    const plan = existing ?? (await ensurePlan(tx, actor, stay, now));
    if (existing) await claimVersion(tx, 'move_out_plans', plan.id, input.version, now);
    await tx
      .updateTable('move_out_plans')
      .set({
        route: input.route,
        // Whether the perpetrator was removed only says something about the route back home.
        perpetrator_removed:
          input.route === 'own_home' && input.perpetratorRemoved !== null
            ? Number(input.perpetratorRemoved)
            : null,
        application_partner_id: input.applicationPartnerId,
        ready_on: input.readyOn,
      })
      .where('id', '=', plan.id)
      .execute();
    return { version: existing ? input.version + 1 : 1 };
  });
}

export async function addStep(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  input: z.infer<typeof stepBody>,
) {
  const now = ctx.clock.now();
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = await gateway.open(
    'stay',
    stayId,
    'update',
    'move_out.step_add',
    ['case_tasks'],
    async (tx) => {
      const stay = await stayRow(tx, stayId);
      await assertOwners(tx, actor.centreId, {
        staffId: input.ownerUserId,
        partnerId: input.ownerPartnerId,
      });
      await ensurePlan(tx, actor, stay, now);
      const [made = ''] = await createTasks(ctx, tx, actor, [
        {
          case: { type: 'stay', id: stayId },
          description: moveOutStepDescriptions[input.kind],
          ownerUserId: input.ownerUserId,
          ownerPartnerId: input.ownerPartnerId,
          dueOn: input.dueOn,
          source: 'move_out',
          sourceRef: input.kind,
        },
      ]);
      return made;
    },
  );
  return { id, version: 1 };
}

export async function updateStep(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
  stepId: string,
  input: z.infer<typeof stepUpdateBody>,
) {
  const now = ctx.clock.now();
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'stay',
    stayId,
    'update',
    'move_out.step_update',
    ['case_tasks'],
    async (tx) => {
      await assertOwners(tx, actor.centreId, {
        staffId: input.ownerUserId,
        partnerId: input.ownerPartnerId,
      });
      return updateTask(
        tx,
        actor,
        now,
        {
          id: stepId,
          case: { type: 'stay', id: stayId },
          source: 'move_out',
          version: input.version,
        },
        {
          dueOn: input.dueOn,
          ownerUserId: input.ownerUserId,
          ownerPartnerId: input.ownerPartnerId,
          done: input.done,
        },
      );
    },
  );
}
