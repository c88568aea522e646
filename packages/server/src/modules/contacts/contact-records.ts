import type { Db, Tx } from '../../platform/db/database.ts';
import { claimVersion } from '../../platform/db/versioned.ts';

/**
 * What another module's work needs of a contact: whom it is about, its topics, the household
 * (sealed) and its version. The caller has opened it through the gateway.
 */
export function contactForCase(db: Db | Tx, id: string) {
  return db
    .selectFrom('contacts')
    .select(['person_id', 'topics', 'household_sealed', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/**
 * Links an anonymous caller's contact to the record registered for her (an intake from the
 * contact), at the version the caller read (409 when stale). The caller audits it.
 */
export async function linkContactToPerson(
  tx: Tx,
  contact: { id: string; version: number },
  personId: string,
  now: Date,
): Promise<void> {
  await claimVersion(tx, 'contacts', contact.id, contact.version, now);
  await tx
    .updateTable('contacts')
    .set({ person_id: personId })
    .where('id', '=', contact.id)
    .execute();
}
