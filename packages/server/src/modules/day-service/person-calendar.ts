import type { Db, Tx } from '../../platform/db/database.ts';

/** The newest appointments of these people (a household), at most `limit`, newest first. */
export function appointmentsOfPersons(db: Db | Tx, personIds: readonly string[], limit: number) {
  return db
    .selectFrom('appointments')
    .select(['id', 'person_id', 'starts_at', 'ends_at', 'place', 'cancelled_at'])
    .where('person_id', 'in', personIds.length > 0 ? personIds : [''])
    .orderBy('starts_at', 'desc')
    .limit(limit)
    .execute();
}

/** The newest joint meetings about these people, at most `limit`, newest first. */
export function jointMeetingsOfPersons(db: Db | Tx, personIds: readonly string[], limit: number) {
  return db
    .selectFrom('joint_meetings')
    .select(['id', 'person_id', 'held_at', 'partner_ids'])
    .where('person_id', 'in', personIds.length > 0 ? personIds : [''])
    .orderBy('held_at', 'desc')
    .limit(limit)
    .execute();
}
