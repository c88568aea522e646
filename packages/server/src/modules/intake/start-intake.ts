import { type Actor, type IntakeTargetGroup } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { Tx } from '../../platform/db/database.ts';
import { conflict, invalid } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { linkContactToPerson } from '../contacts/index.ts';
import { personOfEarlierRecord } from '../people/index.ts';
import { insertPerson } from '../people/index.ts';
import { contactToStartFrom, type FromContact } from './from-contact.ts';
import { replaceMembers, requireChildren } from './members.ts';
import type { startBody } from './schema.ts';

/**
 * Starts an intake for a person — or from a logged contact: its person (an anonymous caller is
 * registered by the alias given, in the same transaction), its topics as a first suggestion of
 * target groups and its household's children, so nothing is typed twice. The one who
 * starts it is its primary contact until the primary-contact step names someone: the intake
 * stays open to them after their shift ends.
 */
export async function startIntake(ctx: AppContext, actor: Actor, input: z.infer<typeof startBody>) {
  const gateway = new PersonalDataGateway(ctx, actor);
  let personId = '';
  let children: readonly string[] = [];
  let originContactId: string | null = null;
  let suggested: IntakeTargetGroup[] = [];
  let fromContact: FromContact | null = null;
  if ('contactId' in input) {
    fromContact = await contactToStartFrom(ctx, gateway, input);
    // Empty until an anonymous caller is registered, below.
    personId = fromContact.personId ?? '';
    originContactId = input.contactId;
    suggested = fromContact.suggested;
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
      throw conflict('The record was merged into another; use that one', 'person_merged');
    await requireChildren(tx, gateway, children);
    // The children the contact described, registered by the aliases given, with their ages.
    const ages = new Map<string, number>();
    for (const child of fromContact?.children ?? []) {
      const childId = await insertPerson(ctx, tx, gateway, actor, {
        columns: { alias: child.alias, is_child: 1 },
        adultIds: [personId],
      });
      ages.set(childId, child.age);
    }
    const open = await tx
      .selectFrom('intakes')
      .select('id')
      .where('person_id', '=', personId)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (open)
      throw conflict(
        'This person already has an intake going on; resume that one',
        'intake_going_on',
      );
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
    await replaceMembers(tx, actor.centreId, id, [...children, ...ages.keys()], stamp, ages);
    await gateway.audit(tx, 'intake', id, 'create', 'intake.start', [
      'person_id',
      'members',
      'origin_contact_id',
      'target_groups',
      'primary_contact_id',
    ]);
  };
  // An anonymous caller is registered by alias with her intake, and her contact linked to her.
  if (fromContact?.register) {
    const { register } = fromContact;
    await ctx.database.db.transaction().execute(async (tx) => {
      personId = await insertPerson(ctx, tx, gateway, actor, { columns: register.columns });
      await linkContactToPerson(
        tx,
        { id: register.contactId, version: register.version },
        personId,
        ctx.clock.now(),
      );
      await gateway.audit(tx, 'contact', register.contactId, 'update', 'intake.from_contact', [
        'person_id',
      ]);
      await start(tx);
    });
  }
  // An earlier record is linked, not opened: the actor never saw it; the intake makes it current.
  else if ('earlierRecord' in input)
    await gateway.link('person', personId, 'intake.link_earlier_record', ['intake'], start);
  else await gateway.open('person', personId, 'update', 'intake.start', ['intake'], start);
  return { id, version: 1 };
}
