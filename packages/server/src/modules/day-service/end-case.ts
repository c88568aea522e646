import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { conflict, invalid, notFound } from '../../platform/http/errors.ts';
import type { endCaseBody } from './schema.ts';

export async function endCase(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof endCaseBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'day_user_case',
    caseId,
    'update',
    'day_service.end',
    ['ended_on', 'end_reason'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .select(['started_on', 'ended_on'])
        .where('id', '=', caseId)
        .executeTakeFirst();
      if (!c) throw notFound();
      if (c.ended_on !== null) throw conflict('The case has already ended', 'case_ended');
      if (input.endedOn < c.started_on)
        throw invalid([
          { path: 'body.endedOn', code: 'before_start', message: 'The end is before the start' },
        ]);
      await claimVersion(tx, 'day_user_cases', caseId, input.version, ctx.clock.now());
      await tx
        .updateTable('day_user_cases')
        .set({ ended_on: input.endedOn, end_reason: input.reason })
        .where('id', '=', caseId)
        .execute();
      return { version: input.version + 1 };
    },
  );
}
