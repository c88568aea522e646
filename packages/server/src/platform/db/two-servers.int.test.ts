import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freshDatabase,
  testAuditKey,
  testEngine,
  type TestDatabase,
} from '../../../test/databases.ts';
import {
  loginOverHttp,
  registerPerson,
  startServer,
  type ServerProcess,
} from '../../../test/havn-process.ts';
import { verifyAuditChain } from '../audit/audit.ts';

/**
 * Two Havn processes on one PostgreSQL database, as behind a load balancer: the client alternates
 * between them, a session started on one goes on on the other, and one dying (SIGKILL) or being
 * restarted loses nothing the other could not take. SQLite is one server's file by design.
 */

const aliasPrefix = 'Tospann';
let database: TestDatabase;
const running = new Set<ServerProcess>();

async function start(port = 0): Promise<ServerProcess> {
  const server = await startServer(database.url, { HAVN_PORT: String(port) });
  running.add(server);
  void server.exited.then(() => running.delete(server));
  await untilReady(server.baseUrl);
  return server;
}

/** Polls readiness, as a load balancer does, until the server says it may be sent work. */
async function untilReady(baseUrl: string): Promise<void> {
  for (;;) {
    const ready = await fetch(`${baseUrl}/api/health/ready`).catch(() => null);
    if (ready?.status === 200) return;
  }
}

const portOf = (server: ServerProcess) => Number(new URL(server.baseUrl).port);

/**
 * A client that sends each write to the next server in turn and, when a server does not answer
 * (refused, cut off, or 503 while it drains), retries on the other. Every write it counts as
 * acknowledged was answered 201.
 */
function client(urls: string[], headers: Record<string, string>) {
  const acknowledged = new Map<string, string>();
  const waiting: { count: number; resolve: () => void }[] = [];
  /** Settles once this many writes have been acknowledged in all. */
  const reached = (count: number) =>
    new Promise<void>((resolve) => waiting.push({ count, resolve }));
  let turn = 0;
  let sent = 0;
  let retries = 0;
  const write = async (): Promise<void> => {
    const alias = `${aliasPrefix} ${(sent += 1)}`;
    for (let attempt = 0; attempt < 20; attempt++) {
      const url = urls[(turn += 1) % urls.length]!;
      const response = await registerPerson(url, headers, alias).catch(() => null);
      if (response?.status === 201) {
        acknowledged.set(((await response.json()) as { id: string }).id, alias);
        for (const w of waiting) if (acknowledged.size >= w.count) w.resolve();
        return;
      }
      if (response !== null && response.status !== 503)
        throw new Error(`${url}: ${response.status} ${await response.text()}`);
      retries += 1;
    }
    throw new Error(`${alias}: no server answered`);
  };
  /** Writers side by side until `until` settles; every write either acknowledged or thrown. */
  const stream = async (until: Promise<unknown>, writers = 2) => {
    let done = false;
    void until.finally(() => (done = true));
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (!done) await write();
      }),
    );
    await until;
  };
  return { acknowledged, stream, reached, retries: () => retries };
}

/** Every acknowledged write is in the database with its audit entry, and the chain verifies. */
async function expectAllKept(acknowledged: Map<string, string>) {
  const written = await database.db
    .selectFrom('persons')
    .leftJoin('audit_entries', (join) =>
      join
        .onRef('audit_entries.record_id', '=', 'persons.id')
        .on('audit_entries.action', '=', 'people.create'),
    )
    .select(['persons.id', 'persons.alias', 'audit_entries.seq'])
    .where('persons.alias', 'like', `${aliasPrefix} %`)
    .execute();
  const byId = new Map(written.map((row) => [row.id, row]));
  const missing = [...acknowledged].filter(([id, alias]) => byId.get(id)?.alias !== alias);
  expect(missing).toEqual([]);
  expect(written.filter((row) => row.seq === null)).toEqual([]);
  expect((await verifyAuditChain(database.db, testAuditKey)).problem).toBeNull();
}

describe.runIf(testEngine === 'postgres')('two servers on one PostgreSQL database', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let headers: Record<string, string>;

  beforeAll(async () => {
    database = await freshDatabase();
    // One loads the demo centre into the new database; the other finds it there.
    a = await start();
    b = await start();
    expect(b.output()).not.toContain('demodata lagt inn');
    // The password on one, the second factor on the other.
    headers = await loginOverHttp(a.baseUrl, 'enhetsleder', b.baseUrl);
  }, 120_000);
  afterAll(async () => {
    for (const server of running) server.child.kill('SIGKILL');
    await database?.close();
  });

  it('shares the work, and keeps every acknowledged write when one is killed', async () => {
    for (const server of [a, b]) {
      const me = await fetch(`${server.baseUrl}/api/auth/me`, { headers });
      expect(((await me.json()) as { state: string }).state).toBe('authenticated');
    }
    const writes = client([a.baseUrl, b.baseUrl], headers);
    // Half the stream on both, then A dies mid-stream, and the rest goes on to B.
    let killed = false;
    await writes.stream(
      (async () => {
        await writes.reached(30);
        killed = a.child.kill('SIGKILL');
        expect(await a.exited).toEqual({ code: null, signal: 'SIGKILL' });
        await writes.reached(writes.acknowledged.size + 20);
      })(),
    );
    expect(killed).toBe(true);
    await expectAllKept(writes.acknowledged);
  }, 60_000);

  it('finishes a request in flight when stopped with SIGTERM, then exits cleanly', async () => {
    a = await start(portOf(a));
    const body = JSON.stringify({ alias: `${aliasPrefix} underveis`, confirmNotDuplicate: true });
    const url = new URL(`${a.baseUrl}/api/people`);
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(url, {
        method: 'POST',
        agent: false,
        // The server answers 100 Continue as it hands the request to the app: from then on the
        // request is in flight, and the body has yet to come.
        headers: {
          ...headers,
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      request.on('error', reject);
      request.on('continue', () => {
        void (async () => {
          a.child.kill('SIGTERM');
          // Draining: the listener is closed, so a new connection is refused.
          while ((await fetch(`${a.baseUrl}/api/health`).catch(() => null)) !== null);
          request.end(body);
        })();
      });
      request.flushHeaders();
    });
    const { status, body: text } = await answered;
    expect(status, text).toBe(201);
    expect(await a.exited, a.output()).toEqual({ code: 0, signal: null });
    const id = (JSON.parse(text) as { id: string }).id;
    await expectAllKept(new Map([[id, `${aliasPrefix} underveis`]]));
  }, 60_000);

  it('loses no retried request while each server in turn is stopped and started', async () => {
    const [portA, portB] = [portOf(a), portOf(b)];
    const writes = client([a.baseUrl, b.baseUrl], headers);
    const restart = async (server: ServerProcess, port: number) => {
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      return start(port);
    };
    await writes.stream(
      (async () => {
        // A was stopped by the test before; start it, then restart each in turn.
        a = await start(portA);
        b = await restart(b, portB);
        a = await restart(a, portA);
      })(),
      // One writer: enough to meet every stop, and it leaves the starting server the CPU.
      1,
    );
    expect(writes.acknowledged.size).toBeGreaterThan(0);
    expect(writes.retries(), 'writes a stopped server turned away').toBeGreaterThan(0);
    await expectAllKept(writes.acknowledged);
  }, 180_000);
});
