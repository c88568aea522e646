import path from 'node:path';
import { chainProblemText, verifyAuditChain, withAuditKey } from '../platform/audit/audit.ts';
import { loadConfig, type Config } from '../platform/config/config.ts';
import { sealStoredText } from '../platform/crypto/seal-stored.ts';
import { openDatabase, parseDatabaseUrl, type Db } from '../platform/db/database.ts';
import { migrateToLatest, migrationState } from '../platform/db/migrate.ts';
import { migrationDescription, releaseOf } from '../platform/db/releases.ts';
import { inspectBackupFile, takeBackup } from './backup.ts';
import type { ChainReport } from './backup-engines.ts';

const newestHash = async (db: Db): Promise<string | null> =>
  (
    await db
      .selectFrom('audit_entries')
      .select('hash')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
  )?.hash ?? null;

/**
 * The backup to go back to: one the operator names must read whole and end in the newest audit
 * entry the database has now — otherwise work done since would be lost by going back to it.
 */
async function freshBackup(config: Config, db: Db, named: string | undefined) {
  if (!named) {
    const taken = await takeBackup(config, undefined, { encrypt: config.backupKey !== null });
    return { ...taken, what: `Backup written to ${taken.file}` };
  }
  const chain: ChainReport = await inspectBackupFile(config, named);
  if (chain.intact && chain.newest !== (await newestHash(db))) {
    throw new Error(
      `${named} is not fresh: the database has audit entries the backup lacks; take a new one (havn backup), or run havn upgrade without --backup`,
    );
  }
  return { file: named, chain, what: `Backup ${named} checked` };
}

/**
 * The exact commands that undo the upgrade: the backup restored into a new database with the
 * version that made it. A PostgreSQL password is left out; the operator has it.
 */
function wayBack(config: Config, file: string): string[] {
  const target = parseDatabaseUrl(config.databaseUrl);
  const restore = (url: string) => `  HAVN_DATABASE_URL=${url} npx havn restore ${file}`;
  if (target.engine === 'sqlite') {
    const parsed = path.parse(path.resolve(target.file));
    return [restore(path.join(parsed.dir, `${parsed.name}-before-upgrade${parsed.ext}`))];
  }
  const url = new URL(target.url);
  if (url.password) url.password = 'PASSWORD';
  const name = `${url.pathname.slice(1)}_before_upgrade`;
  url.pathname = `/${name}`;
  return [`  createdb ${name}`, restore(url.toString())];
}

/**
 * `havn upgrade`: a fresh, checked backup first; then the migrations; then the whole audit chain
 * walked again, with the newest entry from before still in it. Says what changed and how to go back.
 */
export async function upgrade(options: { backup?: string }): Promise<void> {
  const config = loadConfig(process.env);
  const handle = withAuditKey(openDatabase(config.databaseUrl), config.auditKey);
  try {
    const before = await migrationState(handle.db);
    if (before.unknown.length > 0) {
      throw new Error(
        `the database has migrations this version does not know (${before.unknown.join(', ')}): a newer Havn upgraded it; install that version`,
      );
    }
    const backup = await freshBackup(config, handle.db, options.backup);
    if (!backup.chain.intact) {
      throw new Error(
        `${backup.what}, but the ${backup.chain.line}; nothing was upgraded — see "When the audit chain does not verify" in docs/operations.md`,
      );
    }
    console.log(`${backup.what}; ${backup.chain.line}`);
    const release = releaseOf(before.applied, before.known);
    const at = before.applied.at(-1);
    console.log(
      release
        ? `The database was at release ${release.version} (migrations through ${release.lastMigration}).`
        : `The database was at ${at ? `migration ${at}` : 'no migration yet'} (between releases).`,
    );

    const applied = await migrateToLatest(handle.db);
    await sealStoredText(handle.db, config.encryptionKey);
    console.log(
      applied.length === 0
        ? 'No migrations to apply: the schema was up to date.'
        : `Applied ${applied.length} migration(s):`,
    );
    for (const name of applied) console.log(`  ${name}: ${migrationDescription(name)}`);

    const expect = backup.chain.newest ?? undefined;
    const after = await verifyAuditChain(handle.db, config.auditKey, { expect });
    const back = [
      'To go back: stop Havn, install the version you had, and restore the backup into a new database:',
      ...wayBack(config, backup.file),
      'then point HAVN_DATABASE_URL at that database and start Havn.',
    ];
    if (after.problem) {
      console.error(
        `The audit chain is broken after the upgrade, at ${chainProblemText(after.problem)}.\n${back.join('\n')}`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`Audit chain intact after the upgrade: ${after.checked} entries verified.`);
    console.log(back.join('\n'));
  } finally {
    await handle.close();
  }
}
