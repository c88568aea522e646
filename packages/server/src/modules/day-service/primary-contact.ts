import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict } from '../../platform/http/errors.ts';
import { assertMayAssignPrimaryContact, recordAddressAccess } from '../access/index.ts';
import type { primaryContactBody } from './schema.ts';
import { staffOfCentre } from '../staff/index.ts';

/** Names the case's primary contact, or none: the unit leader, or the current one handing over. */
export async function assignPrimaryContact(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof primaryContactBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.primary_contact',
    ['primary_contact_id'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .select(['person_id', 'primary_contact_id', 'ended_on'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      if (c.ended_on !== null) throw conflict('The case has ended', 'case_ended');
      assertMayAssignPrimaryContact(actor, c.primary_contact_id);
      await staffOfCentre(
        tx,
        actor.centreId,
        input.primaryContactId ? [input.primaryContactId] : [],
      );
      await claimVersion(tx, 'day_user_cases', caseId, input.version, ctx.clock.now());
      await tx
        .updateTable('day_user_cases')
        .set({ primary_contact_id: input.primaryContactId })
        .where('id', '=', caseId)
        .execute();
      await recordAddressAccess(ctx, tx, actor, {
        caseType: 'day_user_case',
        caseId,
        personIds: [c.person_id],
        before: [c.primary_contact_id],
        after: [input.primaryContactId],
      });
      return { version: input.version + 1 };
    },
  );
}
