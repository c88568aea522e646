import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { appliedMigrations } from '../../platform/db/migrate.ts';
import { registry } from '../../platform/metrics/metrics.ts';
import { notReadyReasons, readiness } from './readiness.ts';

const engine = z.enum(['sqlite', 'postgres']);

export const healthResponse = z.object({ status: z.literal('ok'), database: engine });
const unavailableResponse = z.object({ status: z.literal('unavailable'), database: engine });

const readyResponse = z.object({ status: z.literal('ready'), database: engine });
const notReadyResponse = z.object({
  status: z.literal('not_ready'),
  database: engine,
  reason: z.enum(notReadyReasons),
});

const statusResponse = z.object({
  database: engine,
  migrations: z.array(z.string()),
  centres: z.number().int(),
  auditEntries: z.number().int(),
});

/**
 * Liveness (`/api/health`: the process answers) and readiness (`/api/health/ready`: send it work)
 * for load balancers and the operator; metrics for a monitoring system; status for the system
 * administrator.
 */
export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const { db, engine: databaseEngine } = ctx.database;
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Is the server up and its database reachable?',
          response: { 200: healthResponse, 503: unavailableResponse },
        },
      },
      async (request, reply) => {
        try {
          await sql`select 1`.execute(db);
          return { status: 'ok' as const, database: databaseEngine };
        } catch (error) {
          request.log.error({ err: error }, 'database unreachable');
          return reply
            .status(503)
            .send({ status: 'unavailable' as const, database: databaseEngine });
        }
      },
    );

    app.get(
      '/api/health/ready',
      {
        config: { access: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Should this server be sent work: is its database answering and fully migrated?',
          response: { 200: readyResponse, 503: notReadyResponse },
        },
      },
      async (request, reply) => {
        const reason = await readiness(ctx, (error) =>
          request.log.error({ err: error }, 'database unreachable'),
        );
        if (reason === null) return { status: 'ready' as const, database: databaseEngine };
        return reply
          .status(503)
          .send({ status: 'not_ready' as const, database: databaseEngine, reason });
      },
    );

    app.get(
      '/api/metrics',
      {
        config: { access: 'scraper' },
        schema: {
          tags: ['system'],
          summary:
            'Prometheus metrics (text format), for a scraper from HAVN_METRICS_ALLOW or with HAVN_METRICS_TOKEN; anyone else gets 404',
          response: {
            200: {
              description: 'Prometheus text exposition format',
              content: { 'text/plain': { schema: z.string() } },
            },
          },
        },
      },
      async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
    );

    app.get(
      '/api/system/status',
      {
        config: { access: 'system.read_status' },
        schema: {
          tags: ['system'],
          summary: 'Database engine, applied migrations and record counts, for administrators',
          response: { 200: statusResponse },
        },
      },
      async () => {
        const [migrations, centres, audit] = await Promise.all([
          appliedMigrations(db),
          db
            .selectFrom('centres')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow(),
          db
            .selectFrom('audit_entries')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow(),
        ]);
        return {
          database: databaseEngine,
          migrations,
          centres: Number(centres.n),
          auditEntries: Number(audit.n),
        };
      },
    );
  };
}
