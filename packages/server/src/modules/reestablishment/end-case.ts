import { fieldProblem, localDate, type Actor, type FieldProblem } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { claimVersion } from '../../platform/db/versioned.ts';
import { invalid } from '../../platform/http/errors.ts';
import { openRow } from './case-data.ts';
import type { endBody } from './schema.ts';

export async function endCase(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof endBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'reestablishment_case',
    caseId,
    'update',
    'reestablishment.end',
    ['ended_on', 'end_reason'],
    async (tx) => {
      const c = await openRow(tx, caseId);
      const now = ctx.clock.now();
      const problems: FieldProblem[] = [
        ...(input.endedOn < c.started_on
          ? [fieldProblem('body.endedOn', 'before_start', 'The end is before the start')]
          : []),
        ...(input.endedOn > localDate(now)
          ? [fieldProblem('body.endedOn', 'in_future', 'Not in the future')]
          : []),
      ];
      if (problems.length > 0) throw invalid(problems);
      await claimVersion(tx, 'reestablishment_cases', caseId, input.version, now);
      await tx
        .updateTable('reestablishment_cases')
        .set({ ended_on: input.endedOn, end_reason: input.reason })
        .where('id', '=', caseId)
        .execute();
      return { version: input.version + 1 };
    },
  );
}
