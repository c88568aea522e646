import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Command } from 'commander';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { chainProblemText, verifyAuditChain } from '../platform/audit/audit.ts';
import { loadConfig } from '../platform/config/config.ts';
import { openDatabase, parseDatabaseUrl, type Db } from '../platform/db/database.ts';
import { postgresTool } from '../platform/db/postgres-tools.ts';
import type { Database } from '../platform/db/tables.ts';

/**
 * The audit chain of a copy, in one line for the backup log. The newest entry's hash is what lets
 * an operator see later that no entries were cut off the end (the chain alone cannot): it is
 * keyed, so nobody without the key can make a shorter chain end in it.
 */
async function chainLine(db: Db, key: Buffer): Promise<{ line: string; intact: boolean }> {
  const { checked, problem, newest } = await verifyAuditChain(db, key);
  if (problem) {
    return {
      line: `audit chain broken at ${chainProblemText(problem)}`,
      intact: false,
    };
  }
  return {
    line: newest
      ? `audit chain intact: ${checked} entries, newest #${newest.seq} ${newest.hash} (keep it; check later with havn audit verify --expect ${newest.hash})`
      : 'audit chain intact: no entries yet',
    intact: true,
  };
}

function report(what: string, chain: { line: string; intact: boolean }): void {
  if (chain.intact) {
    console.log(`${what}; ${chain.line}`);
  } else {
    console.error(`${what}, but the ${chain.line}`);
    process.exitCode = 1;
  }
}

/** Opens a SQLite file read-only for the work given, so that checking a backup never changes it. */
async function readSqliteFile<T>(file: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: new SQLite(file, { readonly: true, fileMustExist: true }),
    }),
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** SQLite's own check of every page and index; a damaged file is refused, never restored. */
async function assertIntact(db: Db, what: string): Promise<void> {
  const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  if (check.rows[0]?.integrity_check !== 'ok') throw new Error(`${what} is damaged`);
}

/** Removes a half-written file when the work fails, so that trying again is not refused. */
async function orRemove<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
}

/**
 * SQLite's online backup API. After the first step every remaining page is copied in one step:
 * a step reads one snapshot, so the running server's writes cannot restart a long copy forever.
 */
async function copySqlite(from: string, to: string, options: SQLite.Options): Promise<void> {
  const source = new SQLite(from, { ...options, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(to, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

async function backupSqlite(databaseFile: string, file: string, key: Buffer) {
  await orRemove(file, async () => {
    await copySqlite(databaseFile, file, {});
    // One self-contained file: readable without a -wal file beside it, even from read-only media.
    const copy = new SQLite(file, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    await readSqliteFile(file, (db) => assertIntact(db, 'the backup just written'));
  });
  return readSqliteFile(file, (db) => chainLine(db, key));
}

async function restoreSqlite(file: string, databaseFile: string, key: Buffer) {
  if (fs.existsSync(databaseFile) && fs.statSync(databaseFile).size > 0) {
    throw new Error('the database HAVN_DATABASE_URL names exists already; restore into a new one');
  }
  await readSqliteFile(file, (db) => assertIntact(db, file));
  fs.mkdirSync(path.dirname(path.resolve(databaseFile)), { recursive: true });
  await orRemove(databaseFile, () => copySqlite(file, databaseFile, { readonly: true }));
  const restored = openDatabase(databaseFile);
  try {
    await assertIntact(restored.db, 'the restored database');
    return await chainLine(restored.db, key);
  } finally {
    await restored.close();
  }
}

/** Runs pg_dump or pg_restore; the password goes in the environment, never on the command line. */
function runPostgresTool(name: 'pg_dump' | 'pg_restore', url: string, args: string[]) {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  return new Promise<void>((resolve, reject) => {
    const child = spawn(postgresTool(name) ?? name, [...args, `--dbname=${target.toString()}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
    child.on('error', (error) =>
      reject(new Error(`${name} could not start (${error.message}); install postgresql-client`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (exit code ${code})`)),
    );
  });
}

/**
 * pg_dump runs in a snapshot exported from this transaction, so the chain line describes exactly
 * what the dump holds, even while the server goes on writing.
 */
async function backupPostgres(url: string, file: string, key: Buffer) {
  const handle = openDatabase(url);
  try {
    return await handle.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const { rows } = await sql<{
          snapshot: string;
        }>`select pg_export_snapshot() as snapshot`.execute(tx);
        await orRemove(file, () =>
          runPostgresTool('pg_dump', url, [
            '--format=custom',
            `--snapshot=${rows[0]!.snapshot}`,
            `--file=${file}`,
          ]),
        );
        return chainLine(tx, key);
      });
  } finally {
    await handle.close();
  }
}

async function restorePostgres(file: string, url: string, key: Buffer) {
  const handle = openDatabase(url);
  try {
    const { rows } = await sql<{ tables: number }>`
      select count(*)::int as tables from pg_catalog.pg_tables
      where schemaname not in ('pg_catalog', 'information_schema')`.execute(handle.db);
    if (rows[0]!.tables > 0) {
      throw new Error(
        'the database HAVN_DATABASE_URL names is not empty; restore into a new, empty database',
      );
    }
    // Objects end up owned by the role restoring, which need not be the role that made the dump.
    await runPostgresTool('pg_restore', url, [
      '--exit-on-error',
      '--single-transaction',
      '--no-owner',
      file,
    ]);
    return await chainLine(handle.db, key);
  } finally {
    await handle.close();
  }
}

const refuseExisting = (file: string) => {
  if (fs.existsSync(file)) throw new Error(`${file} exists already; a backup never overwrites one`);
};

/**
 * The database to back up or restore into, and the audit key its chain is checked with: only
 * configuration is needed, and nothing is migrated.
 */
function databaseTarget() {
  const config = loadConfig(process.env);
  return { ...parseDatabaseUrl(config.databaseUrl), auditKey: config.auditKey };
}

/** `havn backup` and `havn restore`: a consistent copy while Havn runs, and the way back. */
export function backupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Write a consistent copy of the database to <file> while Havn runs; prints the audit chain to keep in the backup log',
    )
    .argument('<file>', 'the backup file to create (never overwritten)')
    .action(async (file: string) => {
      refuseExisting(file);
      const target = databaseTarget();
      const chain =
        target.engine === 'sqlite'
          ? await backupSqlite(target.file, file, target.auditKey)
          : await backupPostgres(target.url, file, target.auditKey);
      report(`Backup written to ${file}`, chain);
    });

  program
    .command('restore')
    .description(
      'Restore a backup made by `havn backup` into the new, empty database HAVN_DATABASE_URL names, and verify it',
    )
    .argument('<file>', 'the backup file')
    .action(async (file: string) => {
      if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
      const target = databaseTarget();
      const chain =
        target.engine === 'sqlite'
          ? await restoreSqlite(file, target.file, target.auditKey)
          : await restorePostgres(file, target.url, target.auditKey);
      report(`Restored ${file}`, chain);
    });
}
