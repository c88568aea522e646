import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The audit log is append-only in the database too: updates and deletes are refused by a trigger
 * on both engines. Someone with full control of the database can drop the trigger; the hash
 * chain (`havn audit verify`) is what then shows the change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create function audit_entries_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit entries are append-only';
      end $$`.execute(db);
    await sql`
      create trigger audit_entries_append_only before update or delete on audit_entries
      for each row execute function audit_entries_refuse_change()`.execute(db);
    return;
  }
  for (const event of ['update', 'delete']) {
    await sql
      .raw(
        `create trigger audit_entries_no_${event} before ${event} on audit_entries
         begin select raise(abort, 'audit entries are append-only'); end`,
      )
      .execute(db);
  }
}
