import type { Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { staffOfCentre } from '../staff/index.ts';
import { displayName } from '../people/index.ts';
import { staysByIds } from '../stays/index.ts';
import { unitNames } from './case-data.ts';
import type { caseView } from './schema.ts';

type CaseView = z.infer<typeof caseView>;

const parseIds = (text: string): string[] => JSON.parse(text) as string[];

export async function getCase(ctx: AppContext, actor: Actor, id: string): Promise<CaseView> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open(
    'reestablishment_case',
    id,
    'read',
    'reestablishment.read',
    ['person', 'children', 'housing', 'goals', 'partners', 'contacts'],
    async (tx) => {
      const c = await tx
        .selectFrom('reestablishment_cases')
        .innerJoin('persons', 'persons.id', 'reestablishment_cases.person_id')
        .leftJoin('staff_users', 'staff_users.id', 'reestablishment_cases.primary_contact_id')
        .leftJoin(
          'municipalities',
          'municipalities.number',
          'reestablishment_cases.municipality_number',
        )
        .selectAll('reestablishment_cases')
        .select([
          'persons.alias',
          'persons.first_name',
          'persons.last_name',
          'staff_users.display_name as primary_name',
          'municipalities.name as municipality_name',
        ])
        .where('reestablishment_cases.id', '=', id)
        .executeTakeFirstOrThrow();
      const childIds = parseIds(c.child_ids);
      const partnerIds = parseIds(c.partner_ids);
      const [children, partners, contacts, units, housingStays] = await Promise.all([
        childIds.length === 0
          ? []
          : tx
              .selectFrom('persons')
              .select(['id', 'alias', 'first_name', 'last_name'])
              .where('id', 'in', childIds)
              .execute(),
        partnerIds.length === 0
          ? []
          : tx
              .selectFrom('partners')
              .select(['id', 'name', 'type'])
              .where('id', 'in', partnerIds)
              .execute(),
        tx
          .selectFrom('reestablishment_contacts')
          .selectAll()
          .where('case_id', '=', id)
          .orderBy('contact_date', 'desc')
          .orderBy('created_at', 'desc')
          .execute(),
        unitNames(tx, c.housing_stay_id ? [c.housing_stay_id] : []),
        staysByIds(tx, c.housing_stay_id ? [c.housing_stay_id] : []),
      ]);
      const housingArrivalAt = housingStays.get(c.housing_stay_id ?? '')?.arrival_at;
      const staffNames = await staffOfCentre(
        tx,
        actor.centreId,
        contacts.flatMap((k) => parseIds(k.staff_ids)),
      ).catch(() => new Map<string, string>());
      const box = secretBox(ctx.config.encryptionKey);
      return {
        id: c.id,
        person: { id: c.person_id, displayName: displayName(c) },
        children: children.map((p) => ({ id: p.id, displayName: displayName(p) })),
        followsStayId: c.follows_stay_id,
        housing: c.housing,
        transitionStay:
          c.housing_stay_id && housingArrivalAt
            ? {
                stayId: c.housing_stay_id,
                unitName: units.get(c.housing_stay_id) ?? null,
                arrivalAt: housingArrivalAt,
              }
            : null,
        municipality:
          c.municipality_number && c.municipality_name
            ? { number: c.municipality_number, name: c.municipality_name }
            : null,
        startedOn: c.started_on,
        primaryContact: c.primary_contact_id
          ? { id: c.primary_contact_id, name: c.primary_name ?? '' }
          : null,
        goals: c.goals_sealed ? box.open(c.goals_sealed) : null,
        partners: partners.map((p) => ({ id: p.id, name: p.name, type: p.type })),
        contacts: contacts.map((k) => ({
          id: k.id,
          date: k.contact_date,
          kind: k.kind,
          minutes: k.minutes,
          staff: parseIds(k.staff_ids).map((s) => ({ id: s, name: staffNames.get(s) ?? '' })),
          interpreter: k.interpreter === 1,
          note: k.note_sealed ? box.open(k.note_sealed) : null,
        })),
        endedOn: c.ended_on,
        endReason: c.end_reason,
        version: c.version,
      };
    },
  );
}
