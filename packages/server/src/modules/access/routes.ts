import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { listAddressAccess, reviewAddressAccess } from './address-access.ts';
import { breakTheGlass, listGrants, reviewGrant } from './break-glass.ts';
import { z } from 'zod';
import {
  addressAccessList,
  breakGlassBody,
  grantCreated,
  grantList,
  grantListQuery,
  grantParams,
} from './schema.ts';

const tags = ['access'];

export function accessRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/break-glass',
      {
        config: { access: 'break_glass.request' },
        schema: {
          tags,
          summary: 'Open a record outside the normal need to know, with a reason',
          body: breakGlassBody,
          response: { 201: grantCreated },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await breakTheGlass(ctx, request.actor!, request.body)),
    );

    app.get(
      '/api/break-glass',
      {
        config: { access: 'break_glass.review' },
        schema: {
          tags,
          summary: 'Break-the-glass grants to review',
          querystring: grantListQuery,
          response: { 200: grantList },
        },
      },
      async (request) => ({
        items: await listGrants(ctx, request.actor!, request.query.reviewed === 'true'),
      }),
    );

    app.post(
      '/api/break-glass/:id/review',
      {
        config: { access: 'break_glass.review' },
        schema: {
          tags,
          summary: 'Mark a grant as reviewed',
          params: grantParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await reviewGrant(ctx, request.actor!, request.params.id);
        return reply.status(204).send(null);
      },
    );

    // Becoming primary contact of someone with a protected address: reviewed like break-the-glass.
    app.get(
      '/api/access/protected-addresses',
      {
        config: { access: 'break_glass.review' },
        schema: {
          tags,
          summary: 'Who gained access to a protected address, to review',
          querystring: grantListQuery,
          response: { 200: addressAccessList },
        },
      },
      async (request) => ({
        items: await listAddressAccess(ctx, request.actor!, request.query.reviewed === 'true'),
      }),
    );

    app.post(
      '/api/access/protected-addresses/:id/review',
      {
        config: { access: 'break_glass.review' },
        schema: {
          tags,
          summary: 'Mark a gain of access to a protected address as reviewed',
          params: grantParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await reviewAddressAccess(ctx, request.actor!, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
