import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import {
  created,
  partnerFields,
  partnerIdParams,
  partnerList,
  partnerListQuery,
  updatePartnerBody,
  versionResponse,
} from './schema.ts';
import { createPartner, listPartners, updatePartner } from './service.ts';

const tags = ['partners'];

/** The register of services the centre works with, used by contacts, referrals and meetings. */
export function partnerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/partners',
      {
        config: { access: 'partners.list' },
        schema: {
          tags,
          summary: 'Partners of my centre',
          querystring: partnerListQuery,
          response: { 200: partnerList },
        },
      },
      async (request) => ({ items: await listPartners(ctx, request.actor!, request.query.type) }),
    );
    app.post(
      '/api/partners',
      {
        config: { access: 'partners.manage' },
        schema: { tags, summary: 'Add a partner', body: partnerFields, response: { 201: created } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ id: await createPartner(ctx, request.actor!, request.body), version: 1 }),
    );
    app.patch(
      '/api/partners/:id',
      {
        config: { access: 'partners.manage' },
        schema: {
          tags,
          summary: 'Change a partner',
          params: partnerIdParams,
          body: updatePartnerBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => updatePartner(ctx, request.actor!, request.params.id, request.body),
    );
  };
}
