import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig, type Config } from '../platform/config/config.ts';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
} from '../platform/crypto/backup-cipher.ts';
import { parseDatabaseUrl } from '../platform/db/database.ts';
import { inspectBackup, restoreBackup, writeBackup, type ChainReport } from './backup-engines.ts';

/**
 * The names Havn gives the backups it writes into a directory: UTC time to the millisecond, so
 * names sort by age, and only files so named are ever removed by `--keep`.
 */
const backupName = /^havn-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.backup(\.enc)?$/;

const newBackupName = (encrypted: boolean, now = new Date()) =>
  `havn-${now.toISOString().replaceAll(':', '-')}.backup${encrypted ? '.enc' : ''}`;

function report(what: string, chain: ChainReport): void {
  if (chain.intact) {
    console.log(`${what}; ${chain.line}`);
  } else {
    console.error(`${what}, but the ${chain.line}`);
    process.exitCode = 1;
  }
}

const missingBackupKey = () =>
  new Error(
    'HAVN_BACKUP_KEY: not set; an encrypted backup needs 32 random bytes in base64 (openssl rand -base64 32), kept apart from HAVN_ENCRYPTION_KEY',
  );

/**
 * Where a backup goes: a file named, or a new Havn-named file in a directory (HAVN_BACKUP_DIR when
 * nothing is named). Only the directory itself is made, never its parents: a typo fails.
 */
function backupFile(config: Config, where: string | undefined, encrypted: boolean) {
  const named = where ?? config.backupDir;
  const isDir =
    where === undefined ||
    where.endsWith('/') ||
    fs.statSync(where, { throwIfNoEntry: false })?.isDirectory();
  if (!isDir) return { file: named, dir: path.dirname(named) };
  if (!fs.existsSync(named)) fs.mkdirSync(named, { mode: 0o700 });
  return { file: path.join(named, newBackupName(encrypted)), dir: named };
}

/** Removes the oldest Havn-named backups in `dir` beyond the newest `keep`; says which. */
function prune(dir: string, keep: number): string[] {
  const old = fs
    .readdirSync(dir)
    .filter((name) => backupName.test(name))
    .sort()
    .reverse()
    .slice(keep);
  for (const name of old) fs.rmSync(path.join(dir, name));
  return old;
}

export interface BackupOptions {
  encrypt?: boolean;
  keep?: number;
}

/**
 * Writes one backup and checks it: the copy's audit chain, and for an encrypted one that the
 * written file decrypts. Only after that are older ones removed.
 */
export async function takeBackup(
  config: Config,
  where: string | undefined,
  options: BackupOptions,
): Promise<{ file: string; chain: ChainReport }> {
  const key = options.encrypt ? config.backupKey : null;
  if (options.encrypt && !key) throw missingBackupKey();
  const { file, dir } = backupFile(config, where, key !== null);
  if (fs.existsSync(file)) throw new Error(`${file} exists already; a backup never overwrites one`);
  const target = parseDatabaseUrl(config.databaseUrl);
  let chain: ChainReport;
  if (key) {
    const plain = `${file}.partial`;
    try {
      chain = await writeBackup(target, plain, config.auditKey);
      await encryptBackup(plain, file, key);
    } finally {
      fs.rmSync(plain, { force: true });
    }
  } else {
    chain = await writeBackup(target, file, config.auditKey);
  }
  if (chain.intact && options.keep !== undefined) {
    const removed = prune(dir, options.keep);
    if (removed.length > 0)
      console.log(`Removed ${removed.length} older backup(s): ${removed.join(', ')}`);
  }
  return { file, chain };
}

/**
 * Runs `work` on the plain backup: the file itself, or a copy decrypted into a private temporary
 * directory (removed after) once the whole file has proved authentic.
 */
export async function withPlainBackup<T>(
  config: Config,
  file: string,
  work: (plain: string) => Promise<T>,
): Promise<T> {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  if (!isEncryptedBackup(file)) return work(file);
  if (!config.backupKey) throw missingBackupKey();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-restore-'));
  try {
    const plain = path.join(dir, 'backup');
    await decryptBackup(file, plain, config.backupKey);
    return await work(plain);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What a backup made earlier holds: its chain, read without restoring it. */
export const inspectBackupFile = (config: Config, file: string) =>
  withPlainBackup(config, file, (plain) =>
    inspectBackup(parseDatabaseUrl(config.databaseUrl).engine, plain, config.auditKey),
  );

const count = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number, 1 or more');
  return n;
};

/** `havn backup` and `havn restore`: a consistent copy while Havn runs, and the way back. */
export function backupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Write a consistent copy of the database while Havn runs; prints the audit chain to keep in the backup log',
    )
    .argument(
      '[target]',
      'the backup file to create (never overwritten), or a directory to write a new havn-<time>.backup into (default: HAVN_BACKUP_DIR)',
    )
    .option('--encrypt', 'encrypt with HAVN_BACKUP_KEY (AES-256-GCM); the file gets .enc')
    .option(
      '--keep <n>',
      'afterwards remove all but the newest <n> backups Havn wrote in that directory',
      count,
    )
    .action(async (where: string | undefined, options: BackupOptions) => {
      const { file, chain } = await takeBackup(loadConfig(process.env), where, options);
      report(`Backup written to ${file}`, chain);
    });

  program
    .command('restore')
    .description(
      'Restore a backup made by `havn backup` (decrypted with HAVN_BACKUP_KEY if encrypted) into the new, empty database HAVN_DATABASE_URL names, and verify it',
    )
    .argument('<file>', 'the backup file')
    .action(async (file: string) => {
      const config = loadConfig(process.env);
      const chain = await withPlainBackup(config, file, (plain) =>
        restoreBackup(parseDatabaseUrl(config.databaseUrl), plain, config.auditKey),
      );
      report(`Restored ${file}`, chain);
    });
}
