import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { chainProblemText, verifyAuditChain } from '../platform/audit/audit.ts';
import type { parseDatabaseUrl } from '../platform/db/database.ts';
import { openDatabase, type Db } from '../platform/db/database.ts';
import { postgresTool } from '../platform/db/postgres-tools.ts';
import type { Database } from '../platform/db/tables.ts';

/**
 * The audit chain of a copy, in one line for the backup log. The newest entry's hash is what lets
 * an operator see later that no entries were cut off the end (the chain alone cannot): it is
 * keyed, so nobody without the key can make a shorter chain end in it.
 */
export async function chainLine(db: Db, key: Buffer): Promise<ChainReport> {
  const { checked, problem, newest } = await verifyAuditChain(db, key);
  if (problem) {
    return {
      line: `audit chain broken at ${chainProblemText(problem)}`,
      intact: false,
      newest: newest?.hash ?? null,
    };
  }
  return {
    line: newest
      ? `audit chain intact: ${checked} entries, newest #${newest.seq} ${newest.hash} (keep it; check later with havn audit verify --expect ${newest.hash})`
      : 'audit chain intact: no entries yet',
    intact: true,
    newest: newest?.hash ?? null,
  };
}

export interface ChainReport {
  line: string;
  intact: boolean;
  /** The newest entry's hash: what shows that two copies end in the same place. */
  newest: string | null;
}

export type DatabaseTarget = ReturnType<typeof parseDatabaseUrl>;

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

/**
 * Runs pg_dump or pg_restore, and gives back what it printed; the password goes in the
 * environment, never on the command line. Without a URL, pg_restore only reads the archive.
 */
function runPostgresTool(name: 'pg_dump' | 'pg_restore', url: string | null, args: string[]) {
  const target = url ? new URL(url) : null;
  const password = target ? decodeURIComponent(target.password) : '';
  if (target) target.password = '';
  return new Promise<string>((resolve, reject) => {
    const dbname = target ? [`--dbname=${target.toString()}`] : [];
    const child = spawn(postgresTool(name) ?? name, [...args, ...dbname], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) =>
      reject(new Error(`${name} could not start (${error.message}); install postgresql-client`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${name} failed (exit code ${code})`)),
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

/** Writes a consistent copy of the database to the new file `file`, and checks the copy's chain. */
export function writeBackup(target: DatabaseTarget, file: string, key: Buffer) {
  return target.engine === 'sqlite'
    ? backupSqlite(target.file, file, key)
    : backupPostgres(target.url, file, key);
}

/** Restores `file` into the new, empty database `target`, and checks the restored chain. */
export function restoreBackup(target: DatabaseTarget, file: string, key: Buffer) {
  return target.engine === 'sqlite'
    ? restoreSqlite(file, target.file, key)
    : restorePostgres(file, target.url, key);
}

/**
 * What a backup made earlier holds, without restoring it: a SQLite copy is opened read-only and
 * its chain walked; a PostgreSQL dump is read whole by pg_restore (a damaged archive fails), and
 * its audit entries' newest hash taken from the data it would load.
 */
export async function inspectBackup(
  engine: DatabaseTarget['engine'],
  file: string,
  key: Buffer,
): Promise<ChainReport> {
  if (engine === 'sqlite') {
    return readSqliteFile(file, async (db) => {
      await assertIntact(db, file);
      return chainLine(db, key);
    });
  }
  await runPostgresTool('pg_restore', null, ['--list', file]);
  const dump = await runPostgresTool('pg_restore', null, [
    '--data-only',
    '--table=audit_entries',
    '--file=-',
    file,
  ]);
  const copy = /^COPY \S*audit_entries \(([^)]*)\) FROM stdin;\n([\s\S]*?)^\\\.$/m.exec(dump);
  if (!copy) throw new Error(`${file} holds no audit log: not a backup of a Havn database`);
  const columns = copy[1]!.split(', ');
  const rows = copy[2]!
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
  const seq = columns.indexOf('seq');
  const hash = columns.indexOf('hash');
  const newest = rows.reduce<string[] | null>(
    (best, row) => (best && Number(best[seq]) > Number(row[seq]) ? best : row),
    null,
  );
  return {
    line: newest
      ? `the dump reads whole; its newest audit entry is #${newest[seq]} ${newest[hash]}`
      : 'the dump reads whole; no audit entries yet',
    intact: true,
    newest: newest?.[hash] ?? null,
  };
}
