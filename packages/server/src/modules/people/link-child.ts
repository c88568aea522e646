import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { PersonRelationTable } from '../../platform/db/tables.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';

/**
 * Links a child already registered to another adult (a second parent, a step-parent who came
 * later). Both records must be ones the actor may open; each is audited as its own record.
 */
export async function linkChild(
  ctx: AppContext,
  actor: Actor,
  adultId: string,
  input: { childId: string; relation: PersonRelationTable['relation'] },
): Promise<{ id: string }> {
  if (adultId === input.childId)
    throw invalid([
      { path: 'body.childId', code: 'same_person', message: 'A person cannot be their own child' },
    ]);
  const gateway = new PersonalDataGateway(ctx, actor);
  const child = await gateway.filter('person', [input.childId]);
  if (!child.has(input.childId)) throw notFound();
  return gateway.open(
    'person',
    adultId,
    'update',
    'people.link_child',
    ['relations'],
    async (tx) => {
      const pair = await tx
        .selectFrom('persons')
        .select(['id', 'is_child', 'merged_into'])
        .where('id', 'in', [adultId, input.childId])
        .execute();
      const adult = pair.find((p) => p.id === adultId)!;
      const kid = pair.find((p) => p.id === input.childId)!;
      if (adult.merged_into || kid.merged_into)
        throw conflict('This record was merged into another; open that one', 'person_merged');
      if (adult.is_child === 1)
        throw invalid([{ path: 'params.id', code: 'not_an_adult', message: 'Not an adult' }]);
      if (kid.is_child !== 1)
        throw invalid([{ path: 'body.childId', code: 'not_a_child', message: 'Not a child' }]);
      const existing = await tx
        .selectFrom('person_relations')
        .select('id')
        .where('adult_id', '=', adultId)
        .where('child_id', '=', input.childId)
        .executeTakeFirst();
      if (existing) throw conflict('The child is already linked to this adult', 'child_linked');
      const id = newId();
      await tx
        .insertInto('person_relations')
        .values({
          id,
          centre_id: actor.centreId,
          adult_id: adultId,
          child_id: input.childId,
          relation: input.relation,
          created_at: ctx.clock.now().toISOString(),
        })
        .execute();
      await gateway.audit(tx, 'person', input.childId, 'update', 'people.link_child', [
        'relations',
      ]);
      return { id };
    },
  );
}
