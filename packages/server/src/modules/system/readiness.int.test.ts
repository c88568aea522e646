import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { withAuditKey } from '../../platform/audit/audit.ts';
import { openDatabase } from '../../platform/db/database.ts';

/** Readiness (send this server work) apart from liveness (the process answers). */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

const get = (app: TestApp['app'], url: string) => app.inject({ method: 'GET', url });

describe('readiness', () => {
  it('is ready on a database that answers and has run every migration', async () => {
    const res = await get(t.app, '/api/health/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', database: t.database.engine });
  });

  it('is not ready while a migration of this version is pending, though alive', async () => {
    // As after installing a newer version whose migrations have not run yet.
    await sql`delete from kysely_migration where name = ${'0024_keyed_audit_chain'}`.execute(
      t.database.db,
    );
    const res = await get(t.app, '/api/health/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      status: 'not_ready',
      database: t.database.engine,
      reason: 'migrations_pending',
    });
    expect((await get(t.app, '/api/health')).statusCode).toBe(200);
  });

  it('is not ready when the database does not answer', async () => {
    const handle = openDatabase(t.database.url);
    const app = await buildApp(
      { ...t.ctx, database: withAuditKey(handle, t.ctx.config.auditKey) },
      { web: false },
    );
    try {
      // Kysely only lets go of a connection it has opened: open it, then close it under the app.
      await sql`select 1`.execute(handle.db);
      await handle.close();
      const res = await get(app, '/api/health/ready');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        status: 'not_ready',
        database: t.database.engine,
        reason: 'database_unavailable',
      });
    } finally {
      await app.close();
    }
  });
});
