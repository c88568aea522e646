import type { Consent, ConsentScope } from '@havn/domain';
import type { Db, Tx } from '../../platform/db/database.ts';

/** Every consent a person gave in any intake, oldest first: what may be shared and with whom. */
export async function consentsOfPerson(db: Db | Tx, personId: string): Promise<Consent[]> {
  const rows = await db
    .selectFrom('consents')
    .select(['scope', 'granted', 'given_on', 'how', 'withdrawn_on'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    scope: r.scope as ConsentScope,
    granted: r.granted === 1,
    givenOn: r.given_on,
    how: r.how,
    withdrawnOn: r.withdrawn_on,
  }));
}
