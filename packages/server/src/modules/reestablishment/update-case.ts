import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { ReestablishmentCaseTable } from '../../platform/db/tables.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { staffOfCentre } from '../staff/index.ts';
import { assertMayAssignPrimaryContact, recordAddressAccess } from '../access/index.ts';
import { assertChildren, assertPartners, housingColumns, openRow } from './case-data.ts';
import type { patchBody } from './schema.ts';

const patchFields: Record<keyof Omit<z.infer<typeof patchBody>, 'version'>, string> = {
  housing: 'housing',
  municipalityNumber: 'municipality_number',
  primaryContactId: 'primary_contact_id',
  goals: 'goals',
  partnerIds: 'partner_ids',
  childIds: 'child_ids',
};

/** Changes what the case says; states the version read (409 when someone changed it since). */
export async function updateCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof patchBody>,
) {
  const fields = (Object.keys(patchFields) as (keyof typeof patchFields)[])
    .filter((k) => input[k] !== undefined)
    .map((k) => patchFields[k]);
  const gateway = new PersonalDataGateway(ctx, actor);
  const box = secretBox(ctx.config.encryptionKey);
  return gateway.open(
    'reestablishment_case',
    id,
    'update',
    'reestablishment.update',
    fields,
    async (tx) => {
      const row = await openRow(tx, id);
      const now = ctx.clock.now();
      await claimVersion(tx, 'reestablishment_cases', id, input.version, now);
      const set: Partial<ReestablishmentCaseTable> = {};
      if (input.housing !== undefined || input.municipalityNumber !== undefined)
        Object.assign(
          set,
          await housingColumns(
            tx,
            row.person_id,
            input.housing ?? row.housing,
            input.municipalityNumber !== undefined
              ? input.municipalityNumber
              : row.municipality_number,
          ),
        );
      if (input.primaryContactId !== undefined) {
        assertMayAssignPrimaryContact(actor, row.primary_contact_id);
        await staffOfCentre(tx, actor.centreId, [input.primaryContactId]);
        set.primary_contact_id = input.primaryContactId;
        await recordAddressAccess(ctx, tx, actor, {
          caseType: 'reestablishment_case',
          caseId: id,
          personIds: [
            row.person_id,
            ...(input.childIds ?? (JSON.parse(row.child_ids) as string[])),
          ],
          before: [row.primary_contact_id],
          after: [input.primaryContactId],
        });
      }
      if (input.goals !== undefined) set.goals_sealed = input.goals ? box.seal(input.goals) : null;
      if (input.partnerIds !== undefined) {
        await assertPartners(tx, actor.centreId, input.partnerIds);
        set.partner_ids = JSON.stringify([...new Set(input.partnerIds)]);
      }
      if (input.childIds !== undefined) {
        await assertChildren(tx, actor.centreId, input.childIds);
        set.child_ids = JSON.stringify([...new Set(input.childIds)]);
      }
      if (Object.keys(set).length > 0)
        await tx.updateTable('reestablishment_cases').set(set).where('id', '=', id).execute();
      return { version: input.version + 1 };
    },
  );
}
