import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../src/platform/config/config.ts';
import { openDatabase, type DatabaseHandle, type Engine } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/tables.ts';
import { migrations } from '../migrations/index.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { newId } from '../src/platform/ids.ts';

/** The engine this test project runs on: the same files run once per engine. */
export const testEngine: Engine =
  process.env.HAVN_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * The audit chain's key in tests: the test apps and the `havn` processes tests start set no key
 * of their own, so theirs is the one derived from the development key.
 */
export const testAuditKey = loadConfig({ NODE_ENV: 'test' }).auditKey;

export interface TestDatabase extends DatabaseHandle {
  url: string;
}

/**
 * A fresh, migrated database of the project's engine: a new SQLite file, or a PostgreSQL database
 * cloned from the migrated template. Dropped again by `close()`.
 */
export async function freshDatabase(engine: Engine = testEngine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-test-'));
    const url = path.join(dir, 'havn.db');
    fs.copyFileSync(await sqliteTemplate(), url);
    const handle = openDatabase(url);
    return {
      ...handle,
      url,
      close: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = inject('postgresServerUrl');
  const name = `havn_t_${newId().replaceAll('-', '')}`;
  await adminQuery(server, `create database ${name} template havn_template`);
  const url = `${server}/${name}`;
  const handle = openDatabase(url);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await adminQuery(server, `drop database if exists ${name}`);
    },
  };
}

/**
 * A new database with nothing in it, not even the migrations: a SQLite path not yet taken (in a
 * directory that exists), or an empty PostgreSQL database. For restores and upgrades to start from.
 */
export async function emptyDatabase(
  engine: Engine = testEngine,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-empty-'));
    return {
      url: path.join(dir, 'havn.db'),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = inject('postgresServerUrl');
  const name = `havn_e_${newId().replaceAll('-', '')}`;
  await adminQuery(server, `create database ${name}`);
  return {
    url: `${server}/${name}`,
    drop: () => adminQuery(server, `drop database if exists ${name}`),
  };
}

let template: Promise<string> | null = null;

/**
 * A migrated SQLite file, made once per test worker and copied for each test — as PostgreSQL
 * clones its template database: migrating every test's database cost more than most tests.
 * Closed before it is copied, so the file holds everything (nothing left in the write-ahead log).
 */
function sqliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-template-'));
    const file = path.join(dir, 'havn.db');
    const handle = openDatabase(file);
    await migrateToLatest(handle.db);
    await handle.close();
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    return file;
  })();
  return template;
}

async function adminQuery(server: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Plays the attacker with full control of the database: removes the triggers that keep the audit
 * log append-only, so a test can then alter it and show that the hash chain notices.
 */
export async function dropAuditGuard(database: TestDatabase): Promise<void> {
  if (database.engine === 'postgres') {
    await sql`drop trigger audit_entries_append_only on audit_entries`.execute(database.db);
  } else {
    await sql`drop trigger audit_entries_no_update`.execute(database.db);
    await sql`drop trigger audit_entries_no_delete`.execute(database.db);
  }
}

/**
 * Runs the migrations up to and including `name` only: the schema an older release left, for an
 * upgrade to start from.
 */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}
