import type { ContactNoteAccess } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { ContactTable } from '../../platform/db/tables.ts';
import { displayName } from '../people/index.ts';
import { openHousehold } from './household.ts';
import type { contactSummary } from './schema.ts';

type Summary = z.infer<typeof contactSummary>;

/** Names for the ids a page of contacts refers to, in three queries rather than one per row. */
export async function lookups(db: Db | Tx, rows: readonly ContactTable[]) {
  const ids = (pick: (r: ContactTable) => string | null) => [
    ...new Set(rows.map(pick).filter((x): x is string => x !== null)),
  ];
  const personIds = ids((r) => r.person_id);
  const partnerIds = [
    ...new Set([...ids((r) => r.partner_id), ...ids((r) => r.referral_partner_id)]),
  ];
  const authorIds = ids((r) => r.created_by);
  const [people, partners, authors] = await Promise.all([
    personIds.length
      ? db
          .selectFrom('persons')
          .select(['id', 'alias', 'first_name', 'last_name'])
          .where('id', 'in', personIds)
          .execute()
      : [],
    partnerIds.length
      ? db.selectFrom('partners').select(['id', 'name']).where('id', 'in', partnerIds).execute()
      : [],
    authorIds.length
      ? db
          .selectFrom('staff_users')
          .select(['id', 'display_name'])
          .where('id', 'in', authorIds)
          .execute()
      : [],
  ]);
  return {
    person: new Map(people.map((p) => [p.id, displayName(p)])),
    partner: new Map(partners.map((p) => [p.id, p.name])),
    author: new Map(authors.map((a) => [a.id, a.display_name])),
  };
}

export function summarize(
  ctx: AppContext,
  r: ContactTable,
  names: Awaited<ReturnType<typeof lookups>>,
  personVisible: boolean,
  note: ContactNoteAccess | undefined,
): Summary {
  const named = (id: string | null, map: Map<string, string>) =>
    id && map.has(id) ? { id, name: map.get(id)! } : null;
  return {
    id: r.id,
    openedAt: r.opened_at,
    loggedAt: r.logged_at,
    channel: r.channel,
    contactBy: r.contact_by,
    partner: named(r.partner_id, names.partner),
    person: personVisible ? named(r.person_id, names.person) : null,
    personLinked: r.person_id !== null,
    topics: JSON.parse(r.topics),
    urgency: r.urgency,
    actions: JSON.parse(r.actions),
    referralPartner: named(r.referral_partner_id, names.partner),
    durationMinutes: r.duration_minutes,
    oneToOnePhone: r.one_to_one_phone === 1,
    author: named(r.created_by, names.author),
    hasNotes: r.notes !== null,
    noteHidden: r.notes !== null && note?.visible === false ? note.reason : null,
    household: openHousehold(ctx, r.household_sealed),
  };
}
