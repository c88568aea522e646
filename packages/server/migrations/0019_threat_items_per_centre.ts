import { defaultThreatItems } from '@havn/domain';
import type { Kysely } from 'kysely';
import { v7 } from 'uuid';

// A type, not an interface: Kysely's table map needs the index signature only types get.
type Tables = {
  centres: { id: string };
  threat_items: {
    id: string;
    centre_id: string;
    key: string;
    label_nb: string;
    label_en: string;
    position: number;
    active: number;
    created_at: string;
    updated_at: string;
    version: number;
  };
};

/**
 * A centre gets the default threat-mapping items when it is created, not on the first read of
 * them (a write on a read path). Centres made before that get them here, as the first read would
 * have written them. Frozen: later changes to the default set are not migrations of this one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const typed = db.withTables<Tables>() as unknown as Kysely<Tables>;
  const bare = await typed
    .selectFrom('centres')
    .select('id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('threat_items')
            .select('threat_items.id')
            .whereRef('threat_items.centre_id', '=', 'centres.id'),
        ),
      ),
    )
    .execute();
  const stamp = new Date().toISOString();
  for (const centre of bare)
    await typed
      .insertInto('threat_items')
      .values(
        defaultThreatItems.map((item, i) => ({
          id: v7(),
          centre_id: centre.id,
          key: item.key,
          label_nb: item.nb,
          label_en: item.en,
          position: (i + 1) * 10,
          active: 1,
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        })),
      )
      .execute();
}
