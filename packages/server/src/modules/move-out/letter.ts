import { housingLetter, localDate, mayShare, type Actor } from '@havn/domain';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid } from '../../platform/http/errors.ts';
import { centreName } from '../centres/index.ts';
import { consentsOfPerson } from '../intake/index.ts';
import { personSummaries } from '../people/index.ts';
import { staffNames } from '../staff/index.ts';
import { stayMembers } from '../stays/index.ts';
import { completeTasks } from '../tasks/index.ts';
import { ensurePlan, stayRow } from './plan.ts';

/**
 * Generates the letter confirming the stay for a housing application, and records in the plan
 * that it was generated (when, by whom); an open 'stay_letter' step is done by it. The letter
 * names the person as registered and the date of arrival — never the centre's address.
 */
export async function generateLetter(ctx: AppContext, actor: Actor, stayId: string) {
  const now = ctx.clock.now();
  const today = localDate(now);
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'stay',
    stayId,
    'create',
    'move_out.letter',
    ['person.first_name', 'person.last_name', 'person.birth_date', 'letter_generated_at'],
    async (tx) => {
      const stay = await stayRow(tx, stayId);
      const [people, centre, staff, children, consents] = await Promise.all([
        personSummaries(tx, [stay.person_id]),
        centreName(tx, stay.centre_id),
        staffNames(tx, actor.centreId, [actor.userId]),
        stayMembers(tx, [stayId]),
        consentsOfPerson(tx, stay.person_id),
      ]);
      const person = people.get(stay.person_id)!;
      const name = [person.first_name, person.last_name].filter(Boolean).join(' ').trim();
      if (name === '')
        throw invalid([
          {
            path: 'person',
            code: 'no_registered_name',
            message: 'The letter needs the name as registered; the person has none',
          },
        ]);
      const letter = housingLetter({
        name,
        birthDate: person.birth_date,
        arrivalOn: localDate(new Date(stay.arrival_at)),
        departureOn: stay.departure_at ? localDate(new Date(stay.departure_at)) : null,
        children: children.get(stayId)?.length ?? 0,
        centreName: centre,
        issuedOn: today,
        issuedBy: staff.get(actor.userId) ?? '',
      });
      const plan = await ensurePlan(tx, actor, stay, now);
      const stamp = now.toISOString();
      await tx
        .updateTable('move_out_plans')
        .set({
          letter_generated_at: stamp,
          letter_generated_by: actor.userId,
          version: plan.version + 1,
          updated_at: stamp,
        })
        .where('id', '=', plan.id)
        .execute();
      await completeTasks(tx, actor, now, {
        cases: [{ type: 'stay', id: stayId }],
        source: 'move_out',
        sourceRefs: ['stay_letter'],
      });
      return {
        ...letter,
        generatedAt: stamp,
        mayShareWithHomeMunicipality: mayShare(consents, 'home_municipality', today),
      };
    },
  );
}
