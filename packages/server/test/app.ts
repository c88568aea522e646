import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { withAuditKey } from '../src/platform/audit/audit.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config/config.ts';
import type { AppContext } from '../src/platform/context.ts';
import { freshDatabase, type TestDatabase } from './databases.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  /** What the app logged, one parsed line each, when asked for with `logs: true`. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/** The real app on a fresh database of the project's engine, with a pinned clock. */
export async function testApp(
  options: {
    start?: Date;
    env?: Record<string, string>;
    /** Serve the web app built into this folder. */
    webDir?: string;
    /** Keep what is logged (from `info` up) in `logs`. */
    logs?: boolean;
  } = {},
): Promise<TestApp> {
  const database = await freshDatabase();
  const clock = fixedClock(options.start ?? new Date('2026-11-24T03:00:00Z'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HAVN_DATABASE_URL: database.url,
    HAVN_LOG_LEVEL: options.logs ? 'info' : 'silent',
    ...(options.webDir ? { HAVN_WEB_DIR: options.webDir } : {}),
    ...options.env,
  });
  const ctx: AppContext = { config, database: withAuditKey(database, config.auditKey), clock };
  const logs: Record<string, unknown>[] = [];
  const app = await buildApp(ctx, {
    web: options.webDir !== undefined,
    logStream: { write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return {
    app,
    ctx,
    database,
    clock,
    logs,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
