import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@havn/domain';
import { dropAuditGuard, freshDatabase, type TestDatabase } from '../../../test/databases.ts';
import { fixedClock } from '../clock.ts';
import { appendAudit, verifyAuditChain } from './audit.ts';

let database: TestDatabase;
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
    await database.db
      .transaction()
      .execute((tx) => appendAudit(tx, database.engine, clock, event(n)));
    clock.advance(1000);
  }
}

beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(async () => database.close());

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    await appendMany(5);
    expect(await verifyAuditChain(database.db)).toEqual({ checked: 5, problem: null });
  });

  it('verifies across page boundaries', async () => {
    await appendMany(7);
    expect(await verifyAuditChain(database.db, 3)).toEqual({ checked: 7, problem: null });
  });

  it('rolls the entry back with the work when the transaction fails', async () => {
    await expect(
      database.db.transaction().execute(async (tx) => {
        await appendAudit(tx, database.engine, clock, event(1));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    const rows = await database.db.selectFrom('audit_entries').selectAll().execute();
    expect(rows).toHaveLength(0);
  });

  it('names an edited entry', async () => {
    await appendMany(5);
    await dropAuditGuard(database);
    await database.db
      .updateTable('audit_entries')
      .set({ record_id: 'someone-else' })
      .where('seq', '=', 3)
      .execute();
    const { problem } = await verifyAuditChain(database.db);
    expect(problem).toMatchObject({ seq: 3, problem: 'altered' });
  });

  it('names the gap where an entry was deleted', async () => {
    await appendMany(5);
    await dropAuditGuard(database);
    await database.db.deleteFrom('audit_entries').where('seq', '=', 2).execute();
    const { problem } = await verifyAuditChain(database.db);
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
    const { problem } = await verifyAuditChain(database.db);
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
    expect((await verifyAuditChain(database.db)).problem).toBeNull();
  });

  it('never stores field values, only field names', async () => {
    await appendMany(1);
    const row = await database.db.selectFrom('audit_entries').selectAll().executeTakeFirstOrThrow();
    expect(JSON.parse(row.fields!)).toEqual(['name']);
  });
});
