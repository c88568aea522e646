import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { loginAs, withDemoCentre } from '../../test/auth.ts';
import { emptyDatabase, testEngine } from '../../test/databases.ts';
import { havn } from '../../test/havn-process.ts';
import { verifyAuditChain } from '../platform/audit/audit.ts';
import { openDatabase, type Db } from '../platform/db/database.ts';

let t: TestApp;
let dir: string;
let dropRestored: () => Promise<void>;

/** A new, empty database to restore into, dropped after the test. */
async function restoreTarget(): Promise<string> {
  const target = await emptyDatabase();
  dropRestored = target.drop;
  return target.url;
}

const tableNames = async (db: Db): Promise<string[]> => {
  const { rows } =
    testEngine === 'sqlite'
      ? await sql<{ name: string }>`
          select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
          order by name`.execute(db)
      : await sql<{ name: string }>`
          select tablename as name from pg_catalog.pg_tables where schemaname = 'public'
          order by tablename`.execute(db);
  return rows.map((r) => r.name);
};

/** The primary key's columns in key order; every column for a table without one. */
const orderColumns = async (db: Db, table: string): Promise<string[]> => {
  const { rows } =
    testEngine === 'sqlite'
      ? await sql<{ name: string; pk: number }>`
          select name, pk from pragma_table_info(${table}) order by pk, cid`.execute(db)
      : await sql<{ name: string; pk: number }>`
          select a.attname as name,
                 coalesce(array_position(i.indkey::int2[], a.attnum), 0) as pk
          from pg_catalog.pg_attribute a
          left join pg_catalog.pg_index i on i.indrelid = a.attrelid and i.indisprimary
          where a.attrelid = ${table}::regclass and a.attnum > 0 and not a.attisdropped
          order by pk, a.attnum`.execute(db);
  const key = rows.filter((r) => r.pk > 0).map((r) => r.name);
  return key.length > 0 ? key : rows.map((r) => r.name);
};

/** Per table: how many rows, and a SHA-256 over every row in primary-key order. */
async function fingerprint(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const result: Record<string, { rows: number; sha256: string }> = {};
  for (const table of await tableNames(db)) {
    const order = (await orderColumns(db, table)).map((c) => sql.ref(c));
    const { rows } = await sql<Record<string, unknown>>`
      select * from ${sql.table(table)} order by ${sql.join(order)}`.execute(db);
    const hash = createHash('sha256');
    for (const row of rows) hash.update(JSON.stringify(row)).update('\n');
    result[table] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return result;
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'havn-backup-'));
  dropRestored = async () => {};
  t = await testApp();
  await withDemoCentre(t, 'bergen');
  await t.app.ready();
  // Writes after the demo load, with sealed fields: a backup must carry them as they are.
  const leader = await loginAs(t, 'unit_leader');
  for (const alias of ['Lilje', 'Måke', 'Fjære']) {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: leader.headers,
      payload: {
        alias,
        addressProtection: 'strictly_confidential',
        address: { street: `${alias}veien 1`, postalCode: '5003', city: 'Bergen' },
        contact: { phone: '400 00 000', safeUse: 'bare SMS' },
        confirmNotDuplicate: true,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json();
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      headers: leader.headers,
      payload: { version, accessibilityNotes: 'Trenger trinnfri inngang' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
  }
});
afterEach(async () => {
  await t.close();
  await dropRestored();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The backup key of the drill: a key of its own, apart from the (development) sealing key. */
const backupKey = { HAVN_BACKUP_KEY: Buffer.alloc(32, 5).toString('base64') };
const chainLine = /audit chain intact: \d+ entries, newest #\d+ ([0-9a-f]{64})/;

describe('backup and restore drill', () => {
  it('restores an encrypted backup taken while the app runs to the same rows, table by table', async () => {
    const backup = havn(t.database.url, ['backup', '--encrypt', dir], backupKey);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout.trim()).toMatch(chainLine);
    const file = /^Backup written to (\S+\.backup\.enc);/.exec(backup.stdout)![1]!;
    expect(path.dirname(file)).toBe(dir);
    // Nothing of the database can be read without the key: not a table name, not an alias.
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).toString()).toBe('HAVNBAK1');
    for (const clear of ['audit_entries', 'Lilje', 'SQLite format']) {
      expect(bytes.includes(Buffer.from(clear))).toBe(false);
    }
    expect(fs.readdirSync(dir)).toEqual([path.basename(file)]);

    const restoredUrl = await restoreTarget();
    const refused = havn(restoredUrl, ['restore', file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('HAVN_BACKUP_KEY: not set');
    const restore = havn(restoredUrl, ['restore', file], backupKey);
    expect(restore.status, restore.stderr).toBe(0);
    // The same newest audit entry: nothing was cut off the end on the way.
    expect(chainLine.exec(restore.stdout.trim())![0]).toBe(
      chainLine.exec(backup.stdout.trim())![0],
    );

    const restored = openDatabase(restoredUrl);
    try {
      const original = await fingerprint(t.database.db);
      expect(original.persons!.rows).toBeGreaterThanOrEqual(3);
      expect(original.audit_entries!.rows).toBeGreaterThan(0);
      expect(await fingerprint(restored.db)).toEqual(original);
      expect(await verifyAuditChain(restored.db, t.ctx.config.auditKey)).toMatchObject({
        checked: original.audit_entries!.rows,
        plain: 0,
        problem: null,
      });

      // Neither command destroys what is there: not an earlier backup, not a database with data.
      const plainFile = path.join(dir, 'plain.backup');
      expect(havn(t.database.url, ['backup', plainFile]).status).toBe(0);
      const again = havn(t.database.url, ['backup', plainFile]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('exists already');
      const over = havn(restoredUrl, ['restore', file], backupKey);
      expect(over.status).toBe(1);
      expect(over.stderr).toMatch(/restore into a new/);
      expect(await fingerprint(restored.db)).toEqual(original);
    } finally {
      await restored.close();
    }
  }, 180_000);

  it('restores nothing from an encrypted backup under a wrong key or with a byte changed', async () => {
    const backup = havn(t.database.url, ['backup', '--encrypt', dir], backupKey);
    expect(backup.status, backup.stderr).toBe(0);
    const file = /^Backup written to (\S+);/.exec(backup.stdout)![1]!;
    const restoredUrl = await restoreTarget();
    const otherKey = { HAVN_BACKUP_KEY: Buffer.alloc(32, 6).toString('base64') };
    const wrong = havn(restoredUrl, ['restore', file], otherKey);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toMatch(
      /^havn: the backup was encrypted under another HAVN_BACKUP_KEY \(key id [0-9a-f]{16}; the one set has id [0-9a-f]{16}\); nothing was restored$/,
    );
    const altered = path.join(dir, 'altered.backup.enc');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100]! ^= 1;
    fs.writeFileSync(altered, bytes);
    const tampered = havn(restoredUrl, ['restore', altered], backupKey);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr.trim()).toBe(
      'havn: the backup does not decrypt: it was altered or is incomplete; nothing was restored',
    );
    // The target stays new and empty: a later restore with the right key goes through.
    if (testEngine === 'sqlite') {
      expect(fs.existsSync(restoredUrl)).toBe(false);
    } else {
      const restored = openDatabase(restoredUrl);
      expect(await tableNames(restored.db).finally(() => restored.close())).toEqual([]);
    }
    expect(havn(restoredUrl, ['restore', file], backupKey).status).toBe(0);
  }, 180_000);

  it('keeps the newest N backups and removes only older ones Havn wrote', () => {
    const foreign = path.join(dir, 'notes.txt');
    fs.writeFileSync(foreign, 'the backup log');
    const written: string[] = [];
    for (let i = 0; i < 3; i++) {
      const run = havn(t.database.url, ['backup', '--encrypt', '--keep', '2', dir], backupKey);
      expect(run.status, run.stderr).toBe(0);
      written.push(/^Backup written to (\S+);/m.exec(run.stdout)![1]!);
      if (i === 2)
        expect(run.stdout).toContain(`Removed 1 older backup(s): ${path.basename(written[0]!)}`);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['notes.txt', ...written.slice(1).map((f) => path.basename(f))].sort(),
    );
    const noKey = havn(t.database.url, ['backup', '--encrypt', dir]);
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toContain('havn: HAVN_BACKUP_KEY: not set');
    expect(havn(t.database.url, ['backup', '--keep', '0', dir]).status).not.toBe(0);
  }, 180_000);
});
