import { openConcernStatuses, type Actor } from '@havn/domain';
import type { z } from 'zod';
import { PersonalDataGateway } from '../../platform/access/personal-data.ts';
import type { AppContext } from '../../platform/context.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Tx } from '../../platform/db/database.ts';
import { staffNames } from '../staff/index.ts';
import { childrenOfStay, openChild } from './child-access.ts';
import type { childPage, childrenList } from './schema.ts';

type ChildPage = z.infer<typeof childPage>;

const concernSummaries = (tx: Tx, stayId: string, personIds: readonly string[], open: boolean) => {
  let query = tx
    .selectFrom('child_welfare_concerns')
    .select(['id', 'person_id', 'status', 'registered_at', 'version'])
    .where('stay_id', '=', stayId)
    .where('person_id', 'in', personIds);
  if (open) query = query.where('status', 'in', openConcernStatuses);
  return query.orderBy('registered_at', 'desc').execute();
};

/** The stay's children, each with the concerns not yet concluded: the stay page's section. */
export async function listChildren(
  ctx: AppContext,
  actor: Actor,
  stayId: string,
): Promise<z.infer<typeof childrenList>> {
  const gateway = new PersonalDataGateway(ctx, actor);
  return gateway.open('stay', stayId, 'read', 'children.list', ['children'], async (tx) => {
    const children = await childrenOfStay(tx, stayId);
    if (children.length === 0) return { items: [] };
    const concerns = await concernSummaries(
      tx,
      stayId,
      children.map((c) => c.id),
      true,
    );
    for (const child of children) {
      await gateway.audit(tx, 'person', child.id, 'read', 'children.list', ['display_name']);
    }
    return {
      items: children.map((c) => ({
        id: c.id,
        displayName: c.displayName,
        birthDate: c.birthDate,
        openConcerns: concerns
          .filter((k) => k.person_id === c.id)
          .map((k) => ({
            id: k.id,
            status: k.status,
            registeredAt: k.registered_at,
            version: k.version,
          })),
      })),
    };
  });
}

const pageFields = [
  'display_name',
  'birth_date',
  'schooling',
  'activities',
  'health',
  'parent_contacts',
  'child_welfare_concerns',
];

/** One child's page in one stay: schooling, activities, health, parent contacts, concerns. */
export async function getChildPage(
  ctx: AppContext,
  actor: Actor,
  ref: { stayId: string; personId: string },
): Promise<ChildPage> {
  const box = secretBox(ctx.config.encryptionKey);
  const unseal = (value: string | null) => (value === null ? null : box.open(value));
  return openChild(ctx, actor, ref, 'read', 'children.read', pageFields, async (tx, child) => {
    const [schooling, activities, health, contacts, concerns] = await Promise.all([
      tx
        .selectFrom('child_schooling')
        .selectAll()
        .where('stay_id', '=', ref.stayId)
        .where('person_id', '=', ref.personId)
        .orderBy('from_on', 'desc')
        .execute(),
      tx
        .selectFrom('child_activities')
        .selectAll()
        .where('stay_id', '=', ref.stayId)
        .where('person_id', '=', ref.personId)
        .orderBy('activity_on', 'desc')
        .execute(),
      tx
        .selectFrom('child_health')
        .selectAll()
        .where('stay_id', '=', ref.stayId)
        .where('person_id', '=', ref.personId)
        .executeTakeFirst(),
      tx
        .selectFrom('parent_contacts')
        .selectAll()
        .where('stay_id', '=', ref.stayId)
        .where('person_id', '=', ref.personId)
        .orderBy('occurs_at', 'desc')
        .execute(),
      concernSummaries(tx, ref.stayId, [ref.personId], false),
    ]);
    const authors = await staffNames(
      tx,
      actor.centreId,
      activities.map((a) => a.created_by),
    );
    return {
      stayId: ref.stayId,
      child: { id: child.id, displayName: child.displayName, birthDate: child.birthDate },
      schooling: schooling.map((s) => ({
        id: s.id,
        institutionKind: s.institution_kind,
        status: s.status,
        reason: s.reason as ChildPage['schooling'][number]['reason'],
        homeMunicipalityResponsible: s.home_municipality_responsible === 1,
        fromOn: s.from_on,
        toOn: s.to_on,
        notes: unseal(s.notes_sealed),
        version: s.version,
      })),
      activities: activities.map((a) => ({
        id: a.id,
        kind: a.kind,
        date: a.activity_on,
        note: box.openOrNull(a.note),
        by: { id: a.created_by, name: authors.get(a.created_by) ?? '' },
      })),
      health: health
        ? {
            needs: JSON.parse(health.needs) as NonNullable<ChildPage['health']>['needs'],
            notes: unseal(health.notes_sealed),
            version: health.version,
          }
        : null,
      parentContacts: contacts.map((p) => ({
        id: p.id,
        occursAt: p.occurs_at,
        kind: p.kind,
        supervisedBy: box.openOrNull(p.supervised_by),
        place: box.openOrNull(p.place),
        safetyNotes: unseal(p.safety_notes_sealed),
        outcome: p.outcome as ChildPage['parentContacts'][number]['outcome'],
        outcomeNotes: unseal(p.outcome_notes_sealed),
        version: p.version,
      })),
      concerns: concerns.map((k) => ({
        id: k.id,
        status: k.status,
        registeredAt: k.registered_at,
        version: k.version,
      })),
    };
  });
}
