import { contactDetailsVisible, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { assertMunicipalityExists } from '../municipalities/index.ts';
import { columnsFrom, touched } from './person-records.ts';
import type { updatePersonBody } from './schema.ts';

type UpdateInput = z.infer<typeof updatePersonBody>;

/** Changes the fields given, if the record is still at the version the caller read. */
export async function updatePerson(ctx: AppContext, actor: Actor, id: string, input: UpdateInput) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const { version, ...fields } = input;
  const columns = columnsFrom(ctx, fields);
  return gateway.open(
    'person',
    id,
    'update',
    'people.update',
    touched(columns),
    async (tx, relation) => {
      const current = await tx
        .selectFrom('persons')
        .select(['address_protection', 'merged_into'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (current.merged_into)
        throw conflict('This record was merged into another; open that one', 'person_merged');
      // Someone who may not see protected contact details may not overwrite them blind either.
      if (
        (columns.address_sealed !== undefined ||
          columns.contact_sealed !== undefined ||
          columns.address_protection !== undefined) &&
        !contactDetailsVisible(actor, current.address_protection, relation)
      ) {
        throw notFound();
      }
      await assertMunicipalityExists(
        tx,
        fields.homeMunicipalityNumber,
        'body.homeMunicipalityNumber',
      );
      await claimVersion(tx, 'persons', id, version, ctx.clock.now());
      if (Object.keys(columns).length > 0)
        await tx.updateTable('persons').set(columns).where('id', '=', id).execute();
      return { version: version + 1 };
    },
  );
}
