import type { Actor } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { notFound } from '../../platform/http/errors.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';
import { insertPerson } from './insert-person.ts';
import {
  candidatesFor,
  columnsFrom,
  displayName,
  keyOf,
  recognise,
  type CreateInput,
} from './person-records.ts';

/**
 * Registers a person. Possible duplicates are returned instead, unless the caller confirms that
 * this is someone else: those the actor may open by name, the rest only as earlier records.
 */
export async function createPerson(ctx: AppContext, actor: Actor, input: CreateInput) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const { db } = ctx.database;
  const columns = columnsFrom(ctx, input);
  if (!input.confirmNotDuplicate) {
    const key = keyOf(columns);
    const candidates = await candidatesFor(ctx, actor, {
      nationalIdHash: key.nationalIdHash,
      birthDate: key.birthDate,
      lastName: key.lastName,
    });
    const found = await recognise(ctx, gateway, key, candidates, 'people.duplicate_check');
    if (found.open.length + found.earlier.length > 0) {
      await db
        .transaction()
        .execute((tx) =>
          gateway.audit(tx, 'person', null, 'read', 'people.duplicate_check', [
            'display_name',
            'birth_date',
          ]),
        );
      const byId = new Map(candidates.map((c) => [c.id, c]));
      return {
        created: false as const,
        duplicates: found.open.map((s) => ({
          id: s.id,
          displayName: displayName(byId.get(s.id)!),
          birthDate: byId.get(s.id)!.birth_date,
          reason: s.reason,
        })),
        earlierRecords: found.earlier,
      };
    }
  }
  const adults =
    input.adultIds.length > 0 ? await gateway.filter('person', input.adultIds) : new Map();
  if (adults.size !== input.adultIds.length) throw notFound();
  const id = await db.transaction().execute(async (tx) => {
    await assertMunicipalityExists(tx, input.homeMunicipalityNumber, 'body.homeMunicipalityNumber');
    return insertPerson(ctx, tx, gateway, actor, { columns, adultIds: input.adultIds });
  });
  return { created: true as const, id, version: 1 };
}
