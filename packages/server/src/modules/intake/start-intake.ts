import { targetGroupsFromTopics, type Actor, type IntakeTargetGroup } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { Tx } from '../../platform/db/database.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { personOfEarlierRecord } from '../people/earlier-records.ts';
import { replaceMembers, requireChildren } from './members.ts';
import type { startBody } from './schema.ts';

/**
 * Starts an intake for a person — or for the person a logged contact was linked to, taking the
 * contact's topics as a first suggestion of target groups, so nothing is typed twice. The one who
 * starts it is its primary contact until the primary-contact step names someone: the intake
 * stays open to them after their shift ends.
 */
export async function startIntake(ctx: AppContext, actor: Actor, input: z.infer<typeof startBody>) {
  const gateway = new PersonalDataGateway(ctx, actor);
  let personId: string;
  let children: readonly string[] = [];
  let originContactId: string | null = null;
  let suggested: IntakeTargetGroup[] = [];
  if ('contactId' in input) {
    const contact = await gateway.open(
      'contact',
      input.contactId,
      'read',
      'intake.from_contact',
      ['person_id', 'topics'],
      (tx) =>
        tx
          .selectFrom('contacts')
          .select(['person_id', 'topics'])
          .where('id', '=', input.contactId)
          .executeTakeFirstOrThrow(),
    );
    if (!contact.person_id)
      throw invalid([
        {
          path: 'body.contactId',
          code: 'anonymous_contact',
          message: 'Link the contact to a person first',
        },
      ]);
    personId = contact.person_id;
    originContactId = input.contactId;
    suggested = targetGroupsFromTopics(JSON.parse(contact.topics) as string[]);
  } else {
    personId =
      'earlierRecord' in input
        ? personOfEarlierRecord(ctx, actor, input.earlierRecord)
        : input.personId;
    children = input.children;
  }
  const id = newId();
  const stamp = ctx.clock.now().toISOString();
  const start = async (tx: Tx) => {
    const person = await tx
      .selectFrom('persons')
      .select(['is_child', 'merged_into', 'home_municipality_number'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    if (person.is_child === 1)
      throw invalid([
        { path: 'body.personId', code: 'not_an_adult', message: 'The intake is the adult’s' },
      ]);
    if (person.merged_into !== null)
      throw conflict('The record was merged into another; use that one');
    await requireChildren(tx, gateway, children);
    const open = await tx
      .selectFrom('intakes')
      .select('id')
      .where('person_id', '=', personId)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (open) throw conflict('This person already has an intake going on; resume that one');
    await tx
      .insertInto('intakes')
      .values({
        id,
        centre_id: actor.centreId,
        person_id: personId,
        origin_contact_id: originContactId,
        status: 'in_progress',
        steps_saved: JSON.stringify(['household']),
        target_groups: JSON.stringify(suggested),
        home_municipality_number: person.home_municipality_number,
        outside_cooperation: 0,
        meets_screened_criteria: 0,
        eligibility_sealed: null,
        exclusion_sealed: null,
        help_needs_sealed: null,
        identity_sealed: null,
        forced_marriage_suspected: 0,
        asylum_seeker: 0,
        // Starting an intake names nobody: the unit leader names who works the stay.
        primary_contact_id: null,
        child_responsible_id: null,
        stay_id: null,
        ended_at: null,
        created_by: actor.userId,
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      })
      .execute();
    await replaceMembers(tx, actor.centreId, id, children, stamp);
    await gateway.audit(tx, 'intake', id, 'create', 'intake.start', [
      'person_id',
      'members',
      'origin_contact_id',
      'target_groups',
      'primary_contact_id',
    ]);
  };
  // An earlier record is linked, not opened: the actor never saw it; the intake makes it current.
  if ('earlierRecord' in input)
    await gateway.link('person', personId, 'intake.link_earlier_record', ['intake'], start);
  else await gateway.open('person', personId, 'update', 'intake.start', ['intake'], start);
  return { id, version: 1 };
}
