import type { Actor, FieldProblem } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { Tx } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { withIntake } from './records.ts';
import type { membersBody } from './schema.ts';

/** The children among `ids` that the actor may open; anything else is refused. */
export async function requireChildren(
  tx: Tx,
  gateway: PersonalDataGateway,
  ids: readonly string[],
) {
  if (ids.length === 0) return;
  if (new Set(ids).size !== ids.length)
    throw invalid([
      { path: 'body.children', code: 'duplicate_person', message: 'Each child once' },
    ]);
  const open = await gateway.filter('person', ids, tx);
  if (open.size !== ids.length) throw notFound();
  const rows = await tx
    .selectFrom('persons')
    .select(['id', 'is_child', 'merged_into'])
    .where('id', 'in', ids)
    .execute();
  const problems = ids.flatMap((childId, i): FieldProblem[] => {
    const r = rows.find((p) => p.id === childId)!;
    if (r.is_child !== 1)
      return [{ path: `body.children.${i}`, code: 'not_a_child', message: 'Not a child' }];
    if (r.merged_into !== null)
      return [
        { path: `body.children.${i}`, code: 'merged', message: 'Merged into another record' },
      ];
    return [];
  });
  if (problems.length > 0) throw invalid(problems);
}

/**
 * Sets the children along. A child who stays keeps the age a contact gave for her (`ages` gives
 * those of children new to the intake).
 */
export async function replaceMembers(
  tx: Tx,
  centreId: string,
  intakeId: string,
  children: readonly string[],
  stamp: string,
  ages: ReadonlyMap<string, number> = new Map(),
) {
  const before = await tx
    .selectFrom('intake_members')
    .select(['person_id', 'age'])
    .where('intake_id', '=', intakeId)
    .execute();
  const known = new Map(before.map((m) => [m.person_id, m.age ?? null]));
  await tx.deleteFrom('intake_members').where('intake_id', '=', intakeId).execute();
  for (const personId of children)
    await tx
      .insertInto('intake_members')
      .values({
        id: newId(),
        centre_id: centreId,
        intake_id: intakeId,
        person_id: personId,
        age: ages.get(personId) ?? known.get(personId) ?? null,
        created_at: stamp,
      })
      .execute();
}

/** The children along: registered in the flow (people API) and set here. */
export function setMembers(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof membersBody>,
) {
  return withIntake(
    ctx,
    actor,
    id,
    'update',
    'intake.members',
    ['members'],
    { version: input.version },
    async (tx, row, gateway) => {
      await requireChildren(tx, gateway, input.children);
      await replaceMembers(tx, actor.centreId, id, input.children, ctx.clock.now().toISOString());
      return { version: row.version };
    },
  );
}
