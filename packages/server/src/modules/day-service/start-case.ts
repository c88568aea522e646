import { localDate, type Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertMayAssignPrimaryContact, recordAddressAccess } from '../access/index.ts';
import { contactForCase } from '../contacts/index.ts';
import type { startCaseBody } from './schema.ts';
import { staffOfCentre } from '../staff/index.ts';

/**
 * Opens a day-user case for a person — or for the person a logged contact was linked to, so a
 * contact turns into a case without retyping. The day service is free: nothing here is billed.
 * Opening a case names no primary contact, unless the unit leader names one.
 */
export async function startCase(
  ctx: AppContext,
  actor: Actor,
  input: z.infer<typeof startCaseBody>,
) {
  const gateway = new PersonalDataGateway(ctx, actor);
  let personId = input.personId;
  if (input.fromContactId) {
    const contact = await gateway.open(
      'contact',
      input.fromContactId,
      'read',
      'day_service.from_contact',
      ['person_id'],
      (tx) => contactForCase(tx, input.fromContactId!),
    );
    if (!contact.person_id) {
      throw invalid([
        {
          path: 'body.fromContactId',
          code: 'anonymous_contact',
          message: 'Link the contact to a person first',
        },
      ]);
    }
    personId ??= contact.person_id;
  }
  const now = ctx.clock.now();
  const id = newId();
  await gateway.open(
    'person',
    personId!,
    'update',
    'day_service.start',
    ['day_user_case'],
    async (tx) => {
      if (input.primaryContactId !== null) assertMayAssignPrimaryContact(actor, null);
      await staffOfCentre(
        tx,
        actor.centreId,
        input.primaryContactId ? [input.primaryContactId] : [],
      );
      const open = await tx
        .selectFrom('day_user_cases')
        .select('id')
        .where('person_id', '=', personId!)
        .where('ended_on', 'is', null)
        .executeTakeFirst();
      if (open) throw conflict('This person already has an open day-user case', 'case_open');
      await tx
        .insertInto('day_user_cases')
        .values({
          id,
          centre_id: actor.centreId,
          person_id: personId!,
          started_on: input.startedOn ?? localDate(now),
          first_contact_by: input.firstContactBy,
          primary_contact_id: input.primaryContactId,
          source_contact_id: input.fromContactId ?? null,
          ended_on: null,
          end_reason: null,
          created_by: actor.userId,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          version: 1,
        })
        .execute();
      await gateway.audit(tx, 'day_user_case', id, 'create', 'day_service.start', [
        'person_id',
        'started_on',
        'first_contact_by',
        'primary_contact_id',
      ]);
      await recordAddressAccess(ctx, tx, actor, {
        caseType: 'day_user_case',
        caseId: id,
        personIds: [personId!],
        before: [],
        after: [input.primaryContactId],
      });
    },
  );
  return { id };
}
