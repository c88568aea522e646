import { contactDateProblems, localDate, type Actor, type FieldProblem } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { staffOfCentre } from '../staff/index.ts';
import type { contactBody } from './schema.ts';

/** A follow-up contact: a visit, a call, company to a service, or a meeting. */
export async function addContact(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof contactBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  const id = newId();
  const now = ctx.clock.now();
  await gateway.open(
    'reestablishment_case',
    caseId,
    'update',
    'reestablishment.contact',
    ['contacts', ...(input.note ? ['contacts.note'] : [])],
    async (tx) => {
      const c = await tx
        .selectFrom('reestablishment_cases')
        .select(['started_on', 'ended_on'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      const problems: FieldProblem[] = contactDateProblems(
        input.date,
        { startedOn: c.started_on, endedOn: c.ended_on },
        localDate(now),
      ).map((code) => ({ path: 'body.date', code, message: 'The date lies outside the case' }));
      if (problems.length > 0) throw invalid(problems);
      await staffOfCentre(tx, actor.centreId, input.staffIds);
      await tx
        .insertInto('reestablishment_contacts')
        .values({
          id,
          centre_id: actor.centreId,
          case_id: caseId,
          contact_date: input.date,
          kind: input.kind,
          minutes: input.minutes,
          staff_ids: JSON.stringify([...new Set(input.staffIds)]),
          interpreter: input.interpreter ? 1 : 0,
          note_sealed: input.note ? secretBox(ctx.config.encryptionKey).seal(input.note) : null,
          created_by: actor.userId,
          created_at: now.toISOString(),
        })
        .execute();
    },
  );
  return { id };
}
