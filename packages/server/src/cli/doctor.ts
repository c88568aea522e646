import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { ConfigError, loadConfig, type Config } from '../platform/config/config.ts';
import { canCreateFileIn } from '../platform/config/database-location.ts';
import { backupKeyId } from '../platform/crypto/backup-cipher.ts';
import { openDatabase, parseDatabaseUrl, type DatabaseHandle } from '../platform/db/database.ts';
import { migrationState } from '../platform/db/migrate.ts';
import { releaseOf } from '../platform/db/releases.ts';

type Mark = 'OK' | 'FAIL' | 'SKIP';
interface Finding {
  mark: Mark;
  check: string;
  text: string;
}

const ok = (check: string, text: string): Finding => ({ mark: 'OK', check, text });
const fail = (check: string, text: string): Finding => ({ mark: 'FAIL', check, text });
const skip = (check: string, text: string): Finding => ({ mark: 'SKIP', check, text });

/** TOTP accepts a code one 30-second step off; half of that leaves the phone its own drift. */
const clockToleranceMs = 15_000;
const makeKey = '32 random bytes in base64 (openssl rand -base64 32)';

/**
 * The configuration with every bad variable left out, so that the other checks still run; the
 * problems are kept, by variable, to be reported where they belong.
 */
function lenientConfig(env: NodeJS.ProcessEnv): {
  config: Config | null;
  problems: Map<string, string>;
} {
  const problems = new Map<string, string>();
  const rest = { ...env };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return { config: loadConfig(rest), problems };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const line of error.problems) {
        const variable = line.slice(0, line.indexOf(':'));
        problems.set(variable, line);
        delete rest[variable];
      }
    }
  }
  return { config: null, problems };
}

function keyFindings(env: NodeJS.ProcessEnv, problems: Map<string, string>): Finding[] {
  const key = (variable: string, check: string, unset: Finding) => {
    const problem = problems.get(variable);
    if (problem) return fail(check, problem);
    const value = env[variable];
    if (!value) return unset;
    // The backup key's id is what an encrypted backup names: it tells which key restores which.
    const id =
      variable === 'HAVN_BACKUP_KEY'
        ? ` (key id ${backupKeyId(Buffer.from(value, 'base64'))})`
        : '';
    return ok(check, `${variable} is set, 32 bytes${id}`);
  };
  return [
    key(
      'HAVN_ENCRYPTION_KEY',
      'encryption key',
      fail(
        'encryption key',
        `HAVN_ENCRYPTION_KEY is not set: sealed fields use the public development key; set ${makeKey}`,
      ),
    ),
    key('HAVN_AUDIT_KEY', 'audit key', ok('audit key', 'derived from HAVN_ENCRYPTION_KEY')),
    key(
      'HAVN_BACKUP_KEY',
      'backup key',
      fail(
        'backup key',
        `HAVN_BACKUP_KEY is not set: havn backup --encrypt refuses; set ${makeKey}, apart from HAVN_ENCRYPTION_KEY`,
      ),
    ),
  ];
}

/** The database answers, and its schema is this version's; the handle for the checks after. */
async function databaseFindings(
  config: Config,
): Promise<{ findings: Finding[]; handle: DatabaseHandle | null }> {
  const target = parseDatabaseUrl(config.databaseUrl);
  if (target.engine === 'sqlite' && !fs.existsSync(target.file)) {
    return {
      findings: [
        fail(
          'database',
          'no SQLite file where HAVN_DATABASE_URL points yet: havn migrate makes it',
        ),
      ],
      handle: null,
    };
  }
  let handle: DatabaseHandle | null = null;
  try {
    // SQLite reads the file's header as it opens; PostgreSQL connects on the first query.
    handle = openDatabase(config.databaseUrl, { connectTimeoutMs: 5000 });
    await sql`select 1`.execute(handle.db);
  } catch (error) {
    await handle?.close();
    const why = error instanceof Error ? error.message : String(error);
    return {
      findings: [
        fail(
          'database',
          `the database HAVN_DATABASE_URL names does not answer (${why}); check that it runs and the URL's host, port, database and role`,
        ),
      ],
      handle: null,
    };
  }
  const findings = [
    ok('database', `${target.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} answers`),
  ];
  const state = await migrationState(handle.db);
  if (state.unknown.length > 0) {
    findings.push(
      fail(
        'migrations',
        `the database has migrations this version does not know (${state.unknown.join(', ')}): a newer Havn ran on it; install that version`,
      ),
    );
  } else if (state.pending.length > 0) {
    findings.push(
      fail(
        'migrations',
        `${state.pending.length} pending (${state.pending.join(', ')}): run havn upgrade`,
      ),
    );
  } else {
    const release = releaseOf(state.applied, state.known);
    findings.push(
      ok(
        'migrations',
        `all ${state.known.length} applied${release ? ` (release ${release.version})` : ''}`,
      ),
    );
  }
  return { findings, handle };
}

/**
 * On PostgreSQL the database server's clock is a second opinion. SQLite has none, so the host's
 * own word on NTP (timedatectl) is what there is to say.
 */
async function clockFinding(config: Config, handle: DatabaseHandle | null): Promise<Finding> {
  if (parseDatabaseUrl(config.databaseUrl).engine === 'postgres') {
    if (!handle)
      return skip('clock', 'the database server does not answer (above) to compare with');
    const sent = Date.now();
    const { rows } = await sql<{ ms: number }>`
      select (extract(epoch from clock_timestamp()) * 1000)::float8 as ms`.execute(handle.db);
    const offset = Math.round(Number(rows[0]!.ms) - (sent + Date.now()) / 2);
    const seconds = Math.abs(offset / 1000).toFixed(1);
    return Math.abs(offset) > clockToleranceMs
      ? fail(
          'clock',
          `this host's clock is ${seconds} s off the database server's; TOTP codes fail beyond 30 s: keep both in sync with NTP`,
        )
      : ok('clock', `within ${seconds} s of the database server's`);
  }
  const ntp = spawnSync('timedatectl', ['show', '--property=NTPSynchronized', '--value'], {
    encoding: 'utf8',
    timeout: 3000,
  });
  const answer = ntp.status === 0 ? ntp.stdout.trim() : '';
  if (answer === 'yes') return ok('clock', 'synchronised with NTP (timedatectl)');
  if (answer === 'no') {
    return fail(
      'clock',
      'not synchronised with NTP (timedatectl): TOTP codes fail beyond 30 s off; turn NTP on (timedatectl set-ntp true)',
    );
  }
  return skip(
    'clock',
    'SQLite has no clock to compare with, and timedatectl did not answer: make sure NTP keeps this host within seconds (TOTP codes fail beyond 30 s)',
  );
}

async function databaseBytes(config: Config, handle: DatabaseHandle | null): Promise<number> {
  const target = parseDatabaseUrl(config.databaseUrl);
  if (target.engine === 'sqlite') {
    const size = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    return size(target.file) + size(`${target.file}-wal`);
  }
  if (!handle) return 0;
  const { rows } = await sql<{ bytes: number }>`
    select pg_database_size(current_database())::float8 as bytes`.execute(handle.db);
  return Number(rows[0]!.bytes);
}

const mb = (bytes: number) => `${Math.ceil(bytes / 1_000_000)} MB`;

/** Room in HAVN_BACKUP_DIR for the next backup: an encrypted one is written plain first, so twice. */
async function backupFinding(config: Config, handle: DatabaseHandle | null): Promise<Finding> {
  const dir = path.resolve(config.backupDir);
  // `havn backup` makes the directory itself, never its parents.
  const existing = fs.existsSync(dir) ? dir : path.dirname(dir);
  if (
    !fs.statSync(existing, { throwIfNoEntry: false })?.isDirectory() ||
    !canCreateFileIn(existing)
  ) {
    return fail(
      'backups',
      `Havn cannot write in HAVN_BACKUP_DIR (${dir}): make it a directory the havn user may write`,
    );
  }
  const stats = fs.statfsSync(existing);
  const free = stats.bavail * stats.bsize;
  const needed = 2 * (await databaseBytes(config, handle));
  return free < needed
    ? fail(
        'backups',
        `${mb(free)} free in HAVN_BACKUP_DIR (${dir}), a backup needs about ${mb(needed)}: free space or move HAVN_BACKUP_DIR`,
      )
    : ok(
        'backups',
        `${mb(free)} free in HAVN_BACKUP_DIR (${dir}), a backup needs about ${mb(needed)}`,
      );
}

function webFinding(config: Config): Finding {
  return fs.existsSync(path.join(config.webDir, 'index.html'))
    ? ok('web app', `built (${config.webDir})`)
    : fail(
        'web app',
        `no built web app in HAVN_WEB_DIR (${config.webDir}): run npm run build -w @havn/web, or point HAVN_WEB_DIR at the built app`,
      );
}

/** `havn doctor`: one line per check, OK or FAIL with what to do; exit 1 on any FAIL. */
export async function doctor(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { config, problems } = lenientConfig(env);
  const keys = ['HAVN_ENCRYPTION_KEY', 'HAVN_AUDIT_KEY', 'HAVN_BACKUP_KEY', 'HAVN_DATABASE_URL'];
  const findings: Finding[] = [
    ...[...problems]
      .filter(([v]) => !keys.includes(v))
      .map(([, line]) => fail('configuration', line)),
    ...keyFindings(env, problems),
  ];
  const databaseProblem = problems.get('HAVN_DATABASE_URL');
  if (databaseProblem || !config) {
    findings.push(
      fail('database', databaseProblem ?? 'the configuration above must be put right first'),
    );
  }
  if (config) {
    const database = databaseProblem
      ? { findings: [], handle: null }
      : await databaseFindings(config);
    try {
      findings.push(
        ...database.findings,
        webFinding(config),
        await clockFinding(config, database.handle),
        await backupFinding(config, database.handle),
      );
    } finally {
      await database.handle?.close();
    }
  }
  const width = Math.max(...findings.map((f) => f.check.length));
  for (const f of findings) console.log(`${f.mark.padEnd(4)}  ${f.check.padEnd(width)}  ${f.text}`);
  if (findings.some((f) => f.mark === 'FAIL')) process.exitCode = 1;
}
