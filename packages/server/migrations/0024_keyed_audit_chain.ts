import type { Kysely } from 'kysely';

/**
 * The audit chain becomes keyed (HMAC-SHA-256 with a key from configuration): each entry says
 * which algorithm hashed it, so the entries written before — plain SHA-256 — stay verifiable, and
 * the first keyed entry chains onto the last plain one. Every existing entry is plain; the default
 * says so without an update (the table is append-only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_entries')
    .addColumn('hash_algorithm', 'text', (c) => c.notNull().defaultTo('sha256'))
    .execute();
}
