import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { displayName, personSummaries } from '../people/index.ts';
import type { caseView, perpetrator } from './schema.ts';
import { staffNames } from '../staff/index.ts';

type Perpetrator = z.infer<typeof perpetrator>;

export async function getCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof caseView>> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'day_user_case',
    id,
    'read',
    'day_service.read',
    ['person', 'visits'],
    async (tx) => {
      const c = await tx
        .selectFrom('day_user_cases')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const perpetrators = await tx
        .selectFrom('case_perpetrators')
        .selectAll()
        .where('case_type', '=', 'day_user_case')
        .where('case_id', '=', id)
        .orderBy('created_at')
        .execute();
      const box = secretBox(ctx.config.encryptionKey);
      const visits = await tx
        .selectFrom('day_visits')
        .selectAll()
        .where('case_id', '=', id)
        .orderBy('visit_date', 'desc')
        .execute();
      const [people, names] = await Promise.all([
        personSummaries(tx, [c.person_id]),
        staffNames(tx, actor.centreId, [
          c.primary_contact_id,
          ...visits.flatMap((v) => JSON.parse(v.staff_ids) as string[]),
        ]),
      ]);
      return {
        id: c.id,
        person: { id: c.person_id, displayName: displayName(people.get(c.person_id)!) },
        startedOn: c.started_on,
        firstContactBy: c.first_contact_by as z.infer<typeof caseView>['firstContactBy'],
        primaryContact: c.primary_contact_id
          ? { id: c.primary_contact_id, name: names.get(c.primary_contact_id) ?? '' }
          : null,
        sourceContactId: c.source_contact_id,
        endedOn: c.ended_on,
        endReason: c.end_reason as z.infer<typeof caseView>['endReason'],
        visits: visits.map((v) => ({
          id: v.id,
          date: v.visit_date,
          kind: v.kind,
          minutes: v.minutes,
          staff: (JSON.parse(v.staff_ids) as string[]).map((s) => ({
            id: s,
            name: names.get(s) ?? '',
          })),
          interpreter: v.interpreter === 1,
          topic: box.openOrNull(v.topic),
          agreed: box.openOrNull(v.agreed),
        })),
        perpetrators: perpetrators.map((p) => ({
          relation: p.relation as Perpetrator['relation'],
          gender: p.gender as Perpetrator['gender'],
          childrenExposed: p.children_exposed as Perpetrator['childrenExposed'],
          notes: p.notes_sealed ? box.open(p.notes_sealed) : null,
        })),
        version: c.version,
      };
    },
  );
}
