import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './tables.ts';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  close(): Promise<void>;
}

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

/** Where a database URL points: a PostgreSQL server or a SQLite file. */
export function parseDatabaseUrl(
  url: string,
): { engine: 'postgres'; url: string } | { engine: 'sqlite'; file: string } {
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: 'postgres', url };
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  return { engine: 'sqlite', file };
}

/**
 * Opens the database a URL names. SQLite runs in WAL mode with foreign keys on, a busy timeout
 * for concurrent processes (the CLI beside a running server) and synchronous=FULL so that a
 * committed write survives a crash or power loss. A connect timeout is for a check that must
 * answer, like `havn doctor`, rather than wait on an unreachable server.
 */
export function openDatabase(
  url: string,
  { connectTimeoutMs }: { connectTimeoutMs?: number } = {},
): DatabaseHandle {
  const target = parseDatabaseUrl(url);
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      // None by default (pg's own): a server under load waits for a connection rather than fail.
      connectionTimeoutMillis: connectTimeoutMs ?? 0,
      // COUNT(*) and other bigints arrive as strings by default; ours fit in a double.
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid === 20
            ? (value: string) => Number(value)
            : pg.types.getTypeParser(oid, format ?? 'text'),
      } as pg.CustomTypesConfig,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (target.file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
  const sqlite = new SQLite(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = FULL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
