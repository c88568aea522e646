import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { PersonTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';

/**
 * A unit leader merges a duplicate into the record to keep: empty fields are filled from the
 * duplicate, its links move over, and it stays as a record pointing to the one kept, so the
 * audit history of both remains whole.
 */
export async function mergePeople(
  ctx: AppContext,
  actor: Actor,
  input: { keepId: string; mergeId: string; version: number; mergeVersion: number },
) {
  if (input.keepId === input.mergeId)
    throw conflict('A record cannot be merged into itself', 'merge_into_itself');
  const gateway = new PersonalDataGateway(ctx, actor);
  const both = await gateway.filter('person', [input.keepId, input.mergeId]);
  if (both.size !== 2) throw notFound();
  const fillable = [
    'alias',
    'first_name',
    'last_name',
    'birth_date',
    'national_id_sealed',
    'national_id_hash',
    'home_municipality_number',
    'address_sealed',
    'contact_sealed',
    'accessibility_notes',
  ] as const;
  return gateway.open(
    'person',
    input.keepId,
    'update',
    'people.merge',
    ['merged_from', ...fillable.filter((f) => f !== 'national_id_hash')],
    async (tx) => {
      const [keep, merge] = await Promise.all([
        tx
          .selectFrom('persons')
          .selectAll()
          .where('id', '=', input.keepId)
          .executeTakeFirstOrThrow(),
        tx
          .selectFrom('persons')
          .selectAll()
          .where('id', '=', input.mergeId)
          .executeTakeFirstOrThrow(),
      ]);
      if (keep.merged_into || merge.merged_into)
        throw conflict('One of the records is already merged', 'already_merged');
      const now = ctx.clock.now();
      await claimVersion(tx, 'persons', keep.id, input.version, now);
      await claimVersion(tx, 'persons', merge.id, input.mergeVersion, now);
      const fill: Partial<PersonTable> = {};
      for (const f of fillable)
        if (keep[f] === null && merge[f] !== null) (fill as Record<string, unknown>)[f] = merge[f];
      if (Object.keys(fill).length > 0)
        await tx.updateTable('persons').set(fill).where('id', '=', keep.id).execute();
      const links = await tx
        .selectFrom('person_relations')
        .selectAll()
        .where((eb) => eb.or([eb('adult_id', '=', merge.id), eb('child_id', '=', merge.id)]))
        .execute();
      for (const link of links) {
        const adult = link.adult_id === merge.id ? keep.id : link.adult_id;
        const child = link.child_id === merge.id ? keep.id : link.child_id;
        await tx.deleteFrom('person_relations').where('id', '=', link.id).execute();
        const exists = await tx
          .selectFrom('person_relations')
          .select('id')
          .where('adult_id', '=', adult)
          .where('child_id', '=', child)
          .executeTakeFirst();
        if (!exists && adult !== child)
          await tx
            .insertInto('person_relations')
            .values({ ...link, adult_id: adult, child_id: child })
            .execute();
      }
      await tx
        .updateTable('persons')
        .set({ merged_into: keep.id })
        .where('id', '=', merge.id)
        .execute();
      await gateway.audit(tx, 'person', merge.id, 'update', 'people.merged_into', ['merged_into']);
      return { version: input.version + 1 };
    },
  );
}
