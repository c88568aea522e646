import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decide } from '@havn/domain';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/errors.ts';
import { staffIdParams } from '../staff/schema.ts';
import { auditPage, auditPageQuery, recordParams } from './schema.ts';
import { auditTrail } from './service.ts';

const tags = ['audit'];

/** The unit leader's views of the audit log: per record, and per staff member. */
export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit/records/:recordType/:recordId',
      {
        config: { access: 'audit.read_record_history' },
        schema: {
          tags,
          summary: 'Who has seen or changed this record',
          params: recordParams,
          querystring: auditPageQuery,
          response: { 200: auditPage },
        },
      },
      async (request) => auditTrail(ctx, request.actor!, request.params, request.query),
    );

    app.get(
      '/api/staff/:id/activity',
      {
        config: { access: 'audit.read_staff_activity' },
        schema: {
          tags,
          summary: 'What this staff member opened and changed',
          params: staffIdParams,
          querystring: auditPageQuery,
          response: { 200: auditPage },
        },
      },
      async (request) => {
        const actor = request.actor!;
        const staff = await ctx.database.db
          .selectFrom('staff_users')
          .select('centre_id')
          .where('id', '=', request.params.id)
          .executeTakeFirst();
        if (
          !staff ||
          !decide(actor, 'audit.read_staff_activity', { recordCentreId: staff.centre_id }).allowed
        )
          throw notFound();
        return auditTrail(ctx, actor, { actorId: request.params.id }, request.query);
      },
    );
  };
}
