import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { visitBody } from './schema.ts';
import { staffOfCentre } from '../staff/index.ts';

/** A conversation at the centre, a home visit, or company to a service: each counts as a day visit. */
export async function addVisit(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof visitBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = newId();
  await gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.visit',
    ['visits'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .select(['ended_on', 'started_on'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      if (c.ended_on !== null) throw conflict('The case has ended; start a new one', 'case_ended');
      if (input.date < c.started_on) {
        throw invalid([
          {
            path: 'body.date',
            code: 'before_start',
            message: 'The visit is before the case started',
          },
        ]);
      }
      await staffOfCentre(tx, actor.centreId, input.staffIds);
      await tx
        .insertInto('day_visits')
        .values({
          id,
          centre_id: actor.centreId,
          case_id: caseId,
          visit_date: input.date,
          kind: input.kind,
          minutes: input.minutes,
          staff_ids: JSON.stringify(input.staffIds),
          interpreter: input.interpreter ? 1 : 0,
          topic: secretBox(ctx.config.encryptionKey).sealOrNull(input.topic),
          agreed: secretBox(ctx.config.encryptionKey).sealOrNull(input.agreed),
          created_by: actor.userId,
          created_at: ctx.clock.now().toISOString(),
        })
        .execute();
    },
  );
  return { id };
}
