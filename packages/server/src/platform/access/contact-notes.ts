import { decideContactNote, type ContactNoteAccess } from '@havn/domain';
import type { Db, Tx } from '../db/database.ts';
import type { PersonalDataGateway } from './personal-data.ts';

/**
 * Whether the gateway's actor reads the note of each of these contacts (`decideContactNote`):
 * ask only for contacts she may open. The facts are her shifts around when they were logged and
 * her relation to the persons they name.
 */
export async function contactNoteAccess(
  gateway: PersonalDataGateway,
  ids: readonly string[],
  db: Db | Tx,
  now: Date,
): Promise<Map<string, ContactNoteAccess>> {
  if (ids.length === 0) return new Map();
  const contacts = await db
    .selectFrom('contacts')
    .select(['id', 'created_by', 'logged_at', 'person_id'])
    .where('id', 'in', ids)
    .execute();
  const latest = contacts.reduce((max, c) => (c.logged_at > max ? c.logged_at : max), '');
  const earliest = contacts.reduce((min, c) => (c.logged_at < min ? c.logged_at : min), latest);
  const personIds = [...new Set(contacts.flatMap((c) => (c.person_id ? [c.person_id] : [])))];
  const [shifts, persons] = await Promise.all([
    db
      .selectFrom('shifts')
      .select(['started_at', 'ended_at'])
      .where('user_id', '=', gateway.actor.userId)
      .where('centre_id', '=', gateway.actor.centreId)
      .where('started_at', '<=', latest)
      .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', earliest)]))
      .execute(),
    gateway.relations('person', personIds, db),
  ]);
  const spans = shifts.map((s) => ({
    startedAt: new Date(s.started_at),
    endedAt: s.ended_at === null ? null : new Date(s.ended_at),
  }));
  return new Map(
    contacts.map((c) => [
      c.id,
      decideContactNote(
        gateway.actor,
        {
          isAuthor: c.created_by === gateway.actor.userId,
          loggedAt: new Date(c.logged_at),
          shifts: spans,
          isPersonsPrimaryContact:
            c.person_id !== null && persons.get(c.person_id)?.isPrimaryContact === true,
        },
        now,
      ),
    ]),
  );
}
