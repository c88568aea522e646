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

export interface MigrationState {
  /** Every migration this version knows, in the order they run. */
  known: string[];
  applied: string[];
  pending: string[];
  /** Run on the database but unknown here: a newer version upgraded it. */
  unknown: string[];
}

/** Names in Kysely's own table; a database no migration has run on has none. */
async function ranMigrations(db: Db): Promise<string[]> {
  return sql<{ name: string }>`select name from kysely_migration`
    .execute(db)
    .then(({ rows }) => rows.map((r) => r.name))
    .catch(() => [] as string[]);
}

/** Which migrations have run and which have not, without running any. */
export async function migrationState(db: Db): Promise<MigrationState> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const all = await migrator.getMigrations();
  const known = all.map((m) => m.name);
  const ran = await ranMigrations(db);
  return {
    known,
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
    unknown: ran.filter((name) => !known.includes(name)),
  };
}

/**
 * The migrations this version has that the database has not run, without the migrator's checks
 * and locks: a load balancer asks this every few seconds.
 */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const applied = new Set(await ranMigrations(db));
  return Object.keys(migrations).filter((name) => !applied.has(name));
}
