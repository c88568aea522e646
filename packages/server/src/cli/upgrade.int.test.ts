import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { emptyDatabase, migrateTo, testEngine } from '../../test/databases.ts';
import { havn } from '../../test/havn-process.ts';
import { openDatabase, type Db } from '../platform/db/database.ts';
import { migrationState } from '../platform/db/migrate.ts';
import { migrationDescription, releases } from '../platform/db/releases.ts';
import type { Database } from '../platform/db/tables.ts';

/** The demo data of the three seed centres as release 0.1.0 wrote it (see the file's description). */
const fixture = JSON.parse(
  fs.readFileSync(new URL('../../test/fixtures/release-0.1.0-demo.json', import.meta.url), 'utf8'),
) as { release: string; tables: [keyof Database, Record<string, unknown>[]][] };
const previous = releases.at(-1)!;
const known = Object.keys(migrations).sort();
/** Whatever migrations exist after the previous release: others land beside this test. */
const sincePrevious = known.filter((name) => name > previous.lastMigration);

const backupKey = { HAVN_BACKUP_KEY: Buffer.alloc(32, 5).toString('base64') };
let dir: string;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-upgrade-'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function database(): Promise<{ url: string; db: Db }> {
  const target = await emptyDatabase();
  const handle = openDatabase(target.url);
  cleanups.push(target.drop, () => handle.close());
  return { url: target.url, db: handle.db };
}

async function insertRows(db: Db, table: keyof Database, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 50) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 50) as never)
      .execute();
  }
}

/** The way back `havn upgrade` printed, run as printed (the PostgreSQL database made first). */
async function goBack(output: string): Promise<string> {
  const [, url, file] = /^ {2}HAVN_DATABASE_URL=(\S+) npx havn restore (\S+)$/m.exec(output)!;
  if (testEngine === 'postgres') {
    const name = /^ {2}createdb (\w+)$/m.exec(output)![1]!;
    const client = new pg.Client({ connectionString: `${inject('postgresServerUrl')}/postgres` });
    await client.connect();
    await client.query(`create database ${name}`).finally(() => client.end());
    cleanups.push(async () => {
      const admin = new pg.Client({ connectionString: `${inject('postgresServerUrl')}/postgres` });
      await admin.connect();
      await admin.query(`drop database if exists ${name}`).finally(() => admin.end());
    });
  }
  const restore = havn(url!, ['restore', file!], backupKey);
  expect(restore.status, restore.stderr).toBe(0);
  return url!;
}

describe('havn upgrade', () => {
  it(
    `upgrades a database of release ${previous.version} with its demo data, and the way back restores it`,
    { timeout: 240_000 },
    async () => {
      expect(fixture.release).toBe(previous.version);
      const { url, db } = await database();
      await migrateTo(db, previous.lastMigration);
      for (const [table, rows] of fixture.tables) {
        await insertRows(db, table, table === 'audit_entries' ? rows.slice(0, -1) : rows);
      }
      const env = { ...backupKey, HAVN_BACKUP_DIR: path.join(dir, 'backups') };

      // A backup that misses work done after it is refused: going back to it would lose the work.
      const early = havn(url, ['backup', '--encrypt', dir], env);
      expect(early.status, early.stderr).toBe(0);
      const earlyFile = /^Backup written to (\S+);/.exec(early.stdout)![1]!;
      const audit = fixture.tables.find(([table]) => table === 'audit_entries')![1];
      await insertRows(db, 'audit_entries', audit.slice(-1));
      const stale = havn(url, ['upgrade', '--backup', earlyFile], env);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain(`${earlyFile} is not fresh`);
      expect((await migrationState(db)).pending).toEqual(sincePrevious);

      const upgrade = havn(url, ['upgrade'], env);
      expect(upgrade.status, upgrade.stderr).toBe(0);
      const lines = upgrade.stdout.split('\n');
      expect(lines[0]).toMatch(
        new RegExp(
          `^Backup written to ${env.HAVN_BACKUP_DIR}/havn-\\S+\\.backup\\.enc; audit chain intact: ${audit.length} entries`,
        ),
      );
      expect(lines[1]).toBe(
        `The database was at release ${previous.version} (migrations through ${previous.lastMigration}).`,
      );
      expect(lines.slice(2, 3 + sincePrevious.length)).toEqual(
        sincePrevious.length === 0
          ? ['No migrations to apply: the schema was up to date.']
          : [
              `Applied ${sincePrevious.length} migration(s):`,
              ...sincePrevious.map((name) => `  ${name}: ${migrationDescription(name)}`),
            ],
      );
      expect(upgrade.stdout).toContain(
        `Audit chain intact after the upgrade: ${audit.length} entries verified.`,
      );
      expect(await migrationState(db)).toMatchObject({ pending: [], applied: known });
      const persons = fixture.tables.find(([table]) => table === 'persons')![1];
      expect(await db.selectFrom('persons').select('id').execute()).toHaveLength(persons.length);
      expect(havn(url, ['audit', 'verify']).status).toBe(0);

      const back = openDatabase(await goBack(upgrade.stdout));
      cleanups.push(() => back.close());
      expect((await migrationState(back.db)).applied).toEqual(
        known.filter((name) => name <= previous.lastMigration),
      );
      expect(await back.db.selectFrom('audit_entries').select('seq').execute()).toHaveLength(
        audit.length,
      );
    },
  );

  it(
    'takes a fresh backup it is told of, and names every migration it applies in its own words',
    { timeout: 180_000 },
    async () => {
      const from = '0020_attempts_counted_first';
      const { url, db } = await database();
      await migrateTo(db, from);
      const file = path.join(dir, 'before.backup');
      expect(havn(url, ['backup', file]).status).toBe(0);

      const upgrade = havn(url, ['upgrade', '--backup', file], { HAVN_BACKUP_DIR: dir });
      expect(upgrade.status, upgrade.stderr).toBe(0);
      const applied = known.filter((name) => name > from);
      expect(upgrade.stdout).toMatch(new RegExp(`^Backup ${file} checked; `));
      expect(upgrade.stdout).toContain(
        [
          `The database was at migration ${from} (between releases).`,
          `Applied ${applied.length} migration(s):`,
          ...applied.map((name) => `  ${name}: ${migrationDescription(name)}`),
        ].join('\n'),
      );
      expect(upgrade.stdout).toContain(
        '  0024_keyed_audit_chain: The audit chain becomes keyed (HMAC-SHA-256 with a key from configuration): each entry says which algorithm hashed it, so the entries written before — plain SHA-256 — stay verifiable, and the first keyed entry chains onto the last plain one.',
      );
      // It took no backup of its own: the one named was enough.
      expect(fs.readdirSync(dir)).toEqual(['before.backup']);
    },
  );
});
