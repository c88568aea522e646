import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testAuditKey, type TestDatabase } from '../../../test/databases.ts';
import {
  loginOverHttp as login,
  registerPerson,
  startServer,
  type ServerProcess,
} from '../../../test/havn-process.ts';
import { verifyAuditChain } from '../audit/audit.ts';
import { openDatabase } from './database.ts';

/** Writers sending at once, and how many answered writes to wait for before the kill. */
const writers = 6;
const acknowledgedBeforeKill = 40;
const aliasPrefix = 'Krasj';

let database: TestDatabase;
const servers: ServerProcess[] = [];

beforeEach(async () => {
  database = await freshDatabase();
  // Only the server has the database open, so after the kill it is the server that must recover
  // it (on SQLite, from the write-ahead log), as after a real crash.
  await database.db.destroy();
});
afterEach(async () => {
  for (const server of servers.splice(0)) server.child.kill('SIGKILL');
  await database.close();
});

async function start(): Promise<ServerProcess> {
  const server = await startServer(database.url);
  servers.push(server);
  return server;
}

/**
 * Several writers register people until the server dies under them; the server is killed with
 * SIGKILL as soon as enough writes have been answered. Returns the ids the server acknowledged
 * (201) and how many requests were sent and still unanswered at the moment of the kill.
 */
async function writeUntilKilled(server: ServerProcess, headers: Record<string, string>) {
  const acknowledged = new Map<string, string>();
  let inFlight = 0;
  let inFlightAtKill = 0;
  let next = 0;
  let killed = false;
  const writer = async () => {
    while (!killed) {
      const alias = `${aliasPrefix} ${(next += 1)}`;
      inFlight += 1;
      try {
        const response = await registerPerson(server.baseUrl, headers, alias);
        expect(response.status).toBe(201);
        acknowledged.set(((await response.json()) as { id: string }).id, alias);
      } catch (error) {
        // Only the kill may cut a request off; the error may arrive before the exit event.
        if (!killed) throw error;
        return;
      } finally {
        inFlight -= 1;
      }
      if (acknowledged.size === acknowledgedBeforeKill) {
        inFlightAtKill = inFlight;
        killed = server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  return { acknowledged, inFlightAtKill };
}

describe('crash safety', () => {
  it('keeps every acknowledged write, an intact database and audit chain after kill -9', async () => {
    const first = await start();
    expect(first.output()).toContain('demodata lagt inn');
    const headers = await login(first.baseUrl, 'enhetsleder');

    const { acknowledged, inFlightAtKill } = await writeUntilKilled(first, headers);
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(acknowledged.size).toBeGreaterThanOrEqual(acknowledgedBeforeKill);
    expect(inFlightAtKill, 'writes still in flight at the kill').toBeGreaterThan(0);

    // The same database, started again: no second load of demo data, the session still valid,
    // every acknowledged person readable, and new writes accepted.
    const second = await start();
    expect(second.output()).not.toContain('demodata lagt inn');
    for (const [id, alias] of acknowledged) {
      const read = await fetch(`${second.baseUrl}/api/people/${id}`, { headers });
      expect(read.status, alias).toBe(200);
      expect(((await read.json()) as { alias: string }).alias).toBe(alias);
    }
    expect((await registerPerson(second.baseUrl, headers, `${aliasPrefix} etter`)).status).toBe(
      201,
    );
    second.child.kill('SIGINT');
    expect(await second.exited).toEqual({ code: 0, signal: null });

    const after = openDatabase(database.url);
    try {
      if (after.engine === 'sqlite') {
        const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
          after.db,
        );
        expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      }
      expect((await verifyAuditChain(after.db, testAuditKey)).problem).toBeNull();
      expect(await after.db.selectFrom('centres').select('slug').execute()).toEqual([
        { slug: 'bergen' },
      ]);
      // Each write is one transaction with its audit entry: no person without a create entry,
      // whether or not the server had answered before it died.
      const written = await after.db
        .selectFrom('persons')
        .leftJoin('audit_entries', (join) =>
          join
            .onRef('audit_entries.record_id', '=', 'persons.id')
            .on('audit_entries.action', '=', 'people.create'),
        )
        .select(['persons.id', 'audit_entries.seq'])
        .where('persons.alias', 'like', `${aliasPrefix} %`)
        .execute();
      expect(written.filter((row) => row.seq === null)).toEqual([]);
      const ids = new Set(written.map((row) => row.id));
      expect([...acknowledged.keys()].filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      await after.close();
    }
  }, 60_000);
});
