import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { staffIdParams } from '../staff/index.ts';
import { auditPage, auditPageQuery, recordParams } from './schema.ts';
import { auditTrail, staffActivity } from './service.ts';

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
      async (request) => staffActivity(ctx, request.actor!, request.params.id, request.query),
    );
  };
}
