import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertPartnersOfCentre, partnersOfCentre } from '../partners/index.ts';
import { staffOfCentre } from '../staff/index.ts';
import type { meetingBody, meetingList } from './schema.ts';

/**
 * A joint meeting (samarbeidsmøte) with other services: who took part, what was decided, and
 * follow-up tasks with an owner (a colleague or a partner) and a due date.
 */
export async function recordMeeting(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof meetingBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = newId();
  const box = secretBox(ctx.config.encryptionKey);
  const work = async (tx: Tx) => {
    await assertPartnersOfCentre(tx, actor.centreId, [
      ...input.partnerIds,
      ...input.tasks.map((t) => t.ownerPartnerId),
    ]);
    await staffOfCentre(
      tx,
      actor.centreId,
      input.tasks.map((t) => t.ownerUserId).filter((x): x is string => x !== null),
    );
    await tx
      .insertInto('joint_meetings')
      .values({
        id,
        centre_id: actor.centreId,
        person_id: input.personId,
        held_at: new Date(input.heldAt).toISOString(),
        partner_ids: JSON.stringify(input.partnerIds),
        attendees: box.sealOrNull(input.attendees),
        decisions: box.sealOrNull(input.decisions),
        created_by: actor.userId,
        created_at: ctx.clock.now().toISOString(),
      })
      .execute();
    for (const task of input.tasks) {
      await tx
        .insertInto('meeting_tasks')
        .values({
          id: newId(),
          centre_id: actor.centreId,
          meeting_id: id,
          description: box.seal(task.description),
          owner_user_id: task.ownerUserId,
          owner_partner_id: task.ownerPartnerId,
          due_on: task.dueOn,
          done_at: null,
        })
        .execute();
    }
  };
  const fields = ['held_at', 'partners', 'attendees', 'decisions', 'tasks'];
  if (input.personId)
    await gateway.open('person', input.personId, 'update', 'meetings.record', fields, work);
  else {
    await ctx.database.db.transaction().execute(async (tx) => {
      await work(tx);
      await gateway.audit(tx, 'joint_meeting', id, 'create', 'meetings.record', fields);
    });
  }
  return { id };
}

export async function meetingsFor(
  ctx: AppContext,
  actor: Actor,
  personId: string,
): Promise<z.infer<typeof meetingList>['items']> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'person',
    personId,
    'read',
    'meetings.read',
    ['joint_meetings'],
    async (tx) => {
      const meetings = await tx
        .selectFrom('joint_meetings')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('held_at', 'desc')
        .execute();
      if (meetings.length === 0) return [];
      const [tasks, partners] = await Promise.all([
        tx
          .selectFrom('meeting_tasks')
          .selectAll()
          .where(
            'meeting_id',
            'in',
            meetings.map((m) => m.id),
          )
          .orderBy('due_on')
          .execute(),
        partnersOfCentre(
          tx,
          actor.centreId,
          meetings.flatMap((m) => JSON.parse(m.partner_ids) as string[]),
        ),
      ]);
      const box = secretBox(ctx.config.encryptionKey);
      return meetings.map((m) => ({
        id: m.id,
        heldAt: m.held_at,
        partners: (JSON.parse(m.partner_ids) as string[]).map((p) => ({
          id: p,
          name: partners.get(p)?.name ?? '',
        })),
        attendees: box.openOrNull(m.attendees),
        decisions: box.openOrNull(m.decisions),
        tasks: tasks
          .filter((t) => t.meeting_id === m.id)
          .map((t) => ({
            id: t.id,
            description: box.open(t.description),
            ownerUserId: t.owner_user_id,
            ownerPartnerId: t.owner_partner_id,
            dueOn: t.due_on,
            done: t.done_at !== null,
          })),
      }));
    },
  );
}

export async function completeTask(ctx: AppContext, actor: Actor, taskId: string): Promise<void> {
  const task = await ctx.database.db
    .selectFrom('meeting_tasks')
    .innerJoin('joint_meetings', 'joint_meetings.id', 'meeting_tasks.meeting_id')
    .select(['meeting_tasks.centre_id', 'joint_meetings.person_id'])
    .where('meeting_tasks.id', '=', taskId)
    .executeTakeFirst();
  if (!task || task.centre_id !== actor.centreId) throw notFound();
  const gateway = new PersonalDataGateway(ctx, actor);
  const work = (tx: Tx) =>
    tx
      .updateTable('meeting_tasks')
      .set({ done_at: ctx.clock.now().toISOString() })
      .where('id', '=', taskId)
      .execute();
  if (task.person_id)
    await gateway.open('person', task.person_id, 'update', 'meetings.task_done', ['task'], work);
  else {
    await ctx.database.db.transaction().execute(async (tx) => {
      await work(tx);
      await gateway.audit(tx, 'joint_meeting', taskId, 'update', 'meetings.task_done', ['done_at']);
    });
  }
}
