import { Migrator, sql, type MigrationResult } from 'kysely';
import { migrations } from '../../../migrations/index.ts';
import type { Db } from './database.ts';

export class MigrationFailed extends Error {
  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    super(
      `Migration ${migrationName ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'MigrationFailed';
  }
}

/**
 * Brings the schema to the newest migration. Throws (and the CLI exits non-zero) on failure.
 * A migration numbered below one already run still runs (Kysely refuses by default): numbers are
 * handed out to work done side by side, which lands in any order, and each migration stands alone.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new MigrationFailed(failed?.migrationName, error);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** The names of the migrations that have run, oldest first. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

/**
 * The migrations this version has that the database has not run. Read from Kysely's own table,
 * without the migrator's checks and locks: a load balancer asks this every few seconds.
 */
export async function pendingMigrations(db: Db): Promise<string[]> {
  let applied: Set<string>;
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = new Set(rows.map((row) => row.name));
  } catch {
    // No migration table: nothing has run yet.
    applied = new Set();
  }
  return Object.keys(migrations).filter((name) => !applied.has(name));
}
