import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@havn/domain';
import { dropAuditGuard, freshDatabase, type TestDatabase } from '../../../test/databases.ts';
import { fixedClock } from '../clock.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { AuditEntryTable } from '../db/tables.ts';
import { newId } from '../ids.ts';
import { appendAudit, verifyAuditChain, withAuditKey } from './audit.ts';

let database: TestDatabase;
let keyed: DatabaseHandle;
const key = Buffer.alloc(32, 3);
const clock = fixedClock(new Date('2026-11-24T03:00:00Z'));
const event = (n: number): AuditEvent => ({
  centreId: null,
  actor: 'system:test',
  verb: 'read',
  action: 'test.read',
  outcome: 'success',
  recordType: 'centre',
  recordId: `record-${n}`,
  fields: ['name'],
});

async function appendMany(count: number) {
  for (let n = 1; n <= count; n += 1) {
    await keyed.db.transaction().execute((tx) => appendAudit(tx, database.engine, clock, event(n)));
    clock.advance(1000);
  }
}

const entries = (): Promise<AuditEntryTable[]> =>
  database.db.selectFrom('audit_entries').selectAll().orderBy('seq').execute();

/** The hash as it was before the chain was keyed: plain SHA-256 over the same fields. */
const plainHash = (e: Omit<AuditEntryTable, 'hash' | 'hash_algorithm'>) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        e.seq,
        e.id,
        e.at,
        e.centre_id,
        e.actor,
        e.verb,
        e.action,
        e.outcome,
        e.record_type,
        e.record_id,
        e.fields,
        e.reason,
        e.prev_hash,
      ]),
    )
    .digest('hex');

/**
 * Plays the attacker with the database file but not the key: rewrites every entry from `fromSeq`
 * on as `change` says, hashing each again with plain SHA-256 so that the links hold.
 */
async function rehashPlain(
  fromSeq: number,
  change: (e: AuditEntryTable) => Partial<AuditEntryTable>,
  algorithm?: 'sha256',
) {
  await dropAuditGuard(database);
  const all = await entries();
  let prev = all.find((e) => e.seq === fromSeq - 1)?.hash ?? '0'.repeat(64);
  for (const entry of all.filter((e) => e.seq >= fromSeq)) {
    const edited = { ...entry, ...change(entry), prev_hash: prev };
    const hash = plainHash(edited);
    await database.db
      .updateTable('audit_entries')
      .set({ ...edited, hash, ...(algorithm ? { hash_algorithm: algorithm } : {}) })
      .where('seq', '=', entry.seq)
      .execute();
    prev = hash;
  }
}

/** Entries as the versions before migration 0024 wrote them: plain SHA-256, no algorithm column. */
async function appendPlainTheOldWay(count: number) {
  let prev = '0'.repeat(64);
  for (let seq = 1; seq <= count; seq += 1) {
    const entry = {
      id: newId(),
      seq,
      at: clock.now().toISOString(),
      centre_id: null,
      actor: 'system:test',
      verb: 'read',
      action: 'test.read',
      outcome: 'success',
      record_type: 'centre',
      record_id: `old-${seq}`,
      fields: null,
      reason: null,
      prev_hash: prev,
    };
    prev = plainHash(entry);
    await database.db
      .insertInto('audit_entries')
      .values({ ...entry, hash: prev } as never)
      .execute();
    clock.advance(1000);
  }
}

beforeEach(async () => {
  database = await freshDatabase();
  keyed = withAuditKey(database, key);
});
afterEach(async () => database.close());

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    await appendMany(5);
    expect(await verifyAuditChain(database.db, key)).toMatchObject({
      checked: 5,
      plain: 0,
      problem: null,
      newest: { seq: 5 },
    });
  });

  it('verifies across page boundaries', async () => {
    await appendMany(7);
    expect(await verifyAuditChain(database.db, key, { pageSize: 3 })).toMatchObject({
      checked: 7,
      problem: null,
    });
  });

  it('rolls the entry back with the work when the transaction fails', async () => {
    await expect(
      keyed.db.transaction().execute(async (tx) => {
        await appendAudit(tx, database.engine, clock, event(1));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await entries()).toHaveLength(0);
  });

  it('appends nothing through a handle without the audit key', async () => {
    await expect(
      database.db.transaction().execute((tx) => appendAudit(tx, database.engine, clock, event(1))),
    ).rejects.toThrow(/audit key/);
    expect(await entries()).toHaveLength(0);
  });

  it('names an edited entry', async () => {
    await appendMany(5);
    await dropAuditGuard(database);
    await database.db
      .updateTable('audit_entries')
      .set({ record_id: 'someone-else' })
      .where('seq', '=', 3)
      .execute();
    const { problem } = await verifyAuditChain(database.db, key);
    expect(problem).toMatchObject({ seq: 3, problem: 'altered' });
  });

  it('notices an edited entry whose hashes, and all after it, were computed again without the key', async () => {
    await appendMany(5);
    await rehashPlain(3, () => ({ record_id: 'someone-else' }));
    expect((await verifyAuditChain(database.db, key)).problem).toMatchObject({
      seq: 3,
      problem: 'altered',
    });
  });

  it('notices entries re-hashed and relabelled as plain after keyed ones', async () => {
    await appendMany(5);
    await rehashPlain(3, () => ({ record_id: 'someone-else' }), 'sha256');
    expect((await verifyAuditChain(database.db, key)).problem).toMatchObject({
      seq: 3,
      problem: 'unkeyed',
    });
  });

  it('notices, against the newest hash kept outside, a chain re-hashed as plain from the start', async () => {
    await appendMany(5);
    const kept = (await verifyAuditChain(database.db, key)).newest!.hash;
    await rehashPlain(1, (e) => (e.seq === 3 ? { record_id: 'someone-else' } : {}), 'sha256');
    // Alone, such a chain looks like one from before the key, and says so.
    expect(await verifyAuditChain(database.db, key)).toMatchObject({ plain: 5, problem: null });
    expect((await verifyAuditChain(database.db, key, { expect: kept })).problem).toMatchObject({
      problem: 'truncated',
      expected: kept,
    });
  });

  it('notices the newest entries cut off against the hash kept from a backup', async () => {
    await appendMany(5);
    const kept = (await verifyAuditChain(database.db, key)).newest!.hash;
    await appendMany(1);
    // Entries after the kept one are fine: the server went on writing after the backup.
    expect((await verifyAuditChain(database.db, key, { expect: kept })).problem).toBeNull();
    await dropAuditGuard(database);
    await database.db.deleteFrom('audit_entries').where('seq', '>=', 4).execute();
    // What is left is a whole chain: only the kept hash shows that its end is gone.
    expect((await verifyAuditChain(database.db, key)).problem).toBeNull();
    expect((await verifyAuditChain(database.db, key, { expect: kept })).problem).toEqual({
      problem: 'truncated',
      expected: kept,
      newestSeq: 3,
    });
  });

  it('fails under another key', async () => {
    await appendMany(2);
    expect((await verifyAuditChain(database.db, Buffer.alloc(32, 4))).problem).toMatchObject({
      seq: 1,
      problem: 'altered',
    });
  });

  it('keeps a plain chain from before migration 0024 verifiable, and chains keyed entries onto it', async () => {
    // The database as the version before left it: no algorithm column, plain entries.
    await sql`delete from kysely_migration where name = ${'0024_keyed_audit_chain'}`.execute(
      database.db,
    );
    await sql`alter table audit_entries drop column hash_algorithm`.execute(database.db);
    await appendPlainTheOldWay(3);
    expect(await migrateToLatest(database.db)).toEqual(['0024_keyed_audit_chain']);

    expect(await verifyAuditChain(database.db, key)).toMatchObject({ checked: 3, plain: 3 });
    await appendMany(2);
    const all = await entries();
    expect(all.map((e) => e.hash_algorithm)).toEqual([
      'sha256',
      'sha256',
      'sha256',
      'hmac-sha256',
      'hmac-sha256',
    ]);
    expect(all[3]!.prev_hash).toBe(all[2]!.hash);
    expect(await verifyAuditChain(database.db, key)).toMatchObject({
      checked: 5,
      plain: 3,
      problem: null,
    });
    // A plain entry is still checked: editing one breaks the chain there.
    await dropAuditGuard(database);
    await database.db
      .updateTable('audit_entries')
      .set({ record_id: 'someone-else' })
      .where('seq', '=', 2)
      .execute();
    expect((await verifyAuditChain(database.db, key)).problem).toMatchObject({
      seq: 2,
      problem: 'altered',
    });
  });

  it('names the gap where an entry was deleted', async () => {
    await appendMany(5);
    await dropAuditGuard(database);
    await database.db.deleteFrom('audit_entries').where('seq', '=', 2).execute();
    const { problem } = await verifyAuditChain(database.db, key);
    expect(problem).toMatchObject({ seq: 3, problem: 'gap' });
  });

  it('detects two entries swapped in place', async () => {
    await appendMany(5);
    await dropAuditGuard(database);
    const rows = await database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', 'in', [2, 4])
      .orderBy('seq')
      .execute();
    const [second, fourth] = rows as [(typeof rows)[0], (typeof rows)[0]];
    // Swap everything but the position: the chain of hashes no longer links.
    await database.db.deleteFrom('audit_entries').where('seq', 'in', [2, 4]).execute();
    await database.db
      .insertInto('audit_entries')
      .values([
        { ...fourth, seq: 2 },
        { ...second, seq: 4 },
      ])
      .execute();
    const { problem } = await verifyAuditChain(database.db, key);
    expect(problem).toMatchObject({ seq: 2 });
  });

  it('refuses updates and deletes in the database itself', async () => {
    await appendMany(2);
    await expect(
      database.db.updateTable('audit_entries').set({ actor: 'x' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      database.db.deleteFrom('audit_entries').where('seq', '=', 2).execute(),
    ).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(database.db, key)).problem).toBeNull();
  });

  it('never stores field values, only field names', async () => {
    await appendMany(1);
    const row = await database.db.selectFrom('audit_entries').selectAll().executeTakeFirstOrThrow();
    expect(JSON.parse(row.fields!)).toEqual(['name']);
  });
});
