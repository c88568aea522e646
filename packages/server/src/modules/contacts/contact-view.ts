import type { ContactNoteAccess } from '@havn/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { ContactTable } from '../../platform/db/tables.ts';
import { partnersOfCentre } from '../partners/index.ts';
import { personNames } from '../people/index.ts';
import { staffNames } from '../staff/index.ts';
import { openHousehold } from './household.ts';
import type { contactSummary } from './schema.ts';

type Summary = z.infer<typeof contactSummary>;

/** Names for the ids a page of the centre's contacts refers to, in three queries rather than one per row. */
export async function lookups(db: Db | Tx, centreId: string, rows: readonly ContactTable[]) {
  const [person, partners, author] = await Promise.all([
    personNames(
      db,
      rows.map((r) => r.person_id),
    ),
    partnersOfCentre(
      db,
      centreId,
      rows.flatMap((r) => [r.partner_id, r.referral_partner_id]),
    ),
    staffNames(
      db,
      centreId,
      rows.map((r) => r.created_by),
    ),
  ]);
  return {
    person,
    partner: new Map([...partners].map(([id, p]) => [id, p.name])),
    author,
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
