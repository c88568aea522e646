import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { newId } from '../../platform/ids.ts';
import type { perpetratorsBody } from './schema.ts';

/**
 * Records who the perpetrators are for this case (relation, gender, whether children are also
 * exposed), replacing what was there. Kept on the case only, never as a person of its own.
 */
export async function setPerpetrators(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof perpetratorsBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const box = secretBox(ctx.config.encryptionKey);
  return gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.perpetrators',
    ['perpetrators'],
    async (tx) => {
      await claimVersion(tx, 'day_user_cases', caseId, input.version, ctx.clock.now());
      await tx
        .deleteFrom('case_perpetrators')
        .where('case_type', '=', 'day_user_case')
        .where('case_id', '=', caseId)
        .execute();
      const now = ctx.clock.now().toISOString();
      for (const p of input.perpetrators) {
        await tx
          .insertInto('case_perpetrators')
          .values({
            id: newId(),
            centre_id: actor.centreId,
            case_type: 'day_user_case',
            case_id: caseId,
            relation: p.relation,
            gender: p.gender,
            children_exposed: p.childrenExposed,
            notes_sealed: p.notes ? box.seal(p.notes) : null,
            created_at: now,
          })
          .execute();
      }
      return { count: input.perpetrators.length, version: input.version + 1 };
    },
  );
}
