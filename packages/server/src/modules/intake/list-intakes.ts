import { firstIncompleteStep, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { displayName } from '../people/index.ts';
import { stepsOf } from './records.ts';
import type { intakeList, listQuery } from './schema.ts';

/** Intakes the actor may open; names only, nothing sealed. */
export async function listIntakes(
  ctx: AppContext,
  actor: Actor,
  status: z.infer<typeof listQuery>['status'],
): Promise<z.infer<typeof intakeList>['items']> {
  const { db } = ctx.database;
  let q = db
    .selectFrom('intakes')
    .innerJoin('persons', 'persons.id', 'intakes.person_id')
    .leftJoin('staff_users', 'staff_users.id', 'intakes.primary_contact_id')
    .select([
      'intakes.id',
      'intakes.status',
      'intakes.person_id',
      'intakes.steps_saved',
      'intakes.primary_contact_id',
      'intakes.created_at',
      'persons.alias',
      'persons.first_name',
      'persons.last_name',
      'staff_users.display_name as primary_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('intake_members')
        .whereRef('intake_members.intake_id', '=', 'intakes.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('children'),
    )
    .where('intakes.centre_id', '=', actor.centreId);
  if (status !== 'all') q = q.where('intakes.status', '=', status);
  const rows = await q.orderBy('intakes.created_at', 'desc').limit(200).execute();
  const gateway = new PersonalDataGateway(ctx, actor);
  return db.transaction().execute(async (tx) => {
    const visible = await gateway.readList(
      'intake',
      rows,
      (r) => r.id,
      'intake.list',
      ['person', 'status'],
      tx,
    );
    return visible.map((r) => ({
      id: r.id,
      status: r.status,
      person: { id: r.person_id, displayName: displayName(r) },
      children: Number(r.children ?? 0),
      nextStep: firstIncompleteStep(stepsOf(r)),
      primaryContact: r.primary_contact_id
        ? { id: r.primary_contact_id, name: r.primary_name ?? '' }
        : null,
      createdAt: r.created_at,
    }));
  });
}
