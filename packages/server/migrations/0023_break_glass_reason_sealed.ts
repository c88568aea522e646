import type { Kysely } from 'kysely';

/**
 * The reason given for breaking the glass is free text about a person, so it is sealed like the
 * other such columns, and the column's name says so. A migration holds no key, so it cannot
 * seal reasons written before it; there were none outside test and demo databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('break_glass_grants')
    .renameColumn('reason', 'reason_sealed')
    .execute();
}
