import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { loginAs, withDemoCentre } from '../../test/auth.ts';
import { testEngine } from '../../test/databases.ts';
import { havn } from '../../test/havn-process.ts';
import { verifyAuditChain } from '../platform/audit/audit.ts';
import { openDatabase, type Db } from '../platform/db/database.ts';
import { newId } from '../platform/ids.ts';

let t: TestApp;
let dir: string;
let dropRestored: () => Promise<void>;

/** A new, empty database to restore into: a file path not yet taken, or an empty PostgreSQL database. */
async function emptyDatabase(): Promise<string> {
  if (testEngine === 'sqlite') return path.join(dir, 'restored', 'havn.db');
  const server = inject('postgresServerUrl');
  const name = `havn_r_${newId().replaceAll('-', '')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: `${server}/postgres` });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  dropRestored = () => admin(`drop database if exists ${name}`);
  return `${server}/${name}`;
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

describe('backup and restore drill', () => {
  it('restores a backup taken while the app runs to the same rows, table by table', async () => {
    const file = path.join(dir, 'havn.backup');
    const backup = havn(t.database.url, ['backup', file]);
    expect(backup.status, backup.stderr).toBe(0);
    const chainLine = /audit chain intact: \d+ entries, newest #\d+ ([0-9a-f]{64})/;
    expect(backup.stdout.trim()).toMatch(chainLine);

    const restoredUrl = await emptyDatabase();
    const restore = havn(restoredUrl, ['restore', file]);
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
      const again = havn(t.database.url, ['backup', file]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('exists already');
      const over = havn(restoredUrl, ['restore', file]);
      expect(over.status).toBe(1);
      expect(over.stderr).toMatch(/restore into a new/);
      expect(await fingerprint(restored.db)).toEqual(original);
    } finally {
      await restored.close();
    }
  }, 60_000);
});
