import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { markReady, returnToService, takeOutOfService } from './bed-status.ts';
import { getBoard } from './board.ts';
import { configurationRoutes } from './config-routes.ts';
import { findPlace } from './find.ts';
import { getHistory } from './history.ts';
import {
  bedIdParams,
  bedStatusResponse,
  board,
  boardQuery,
  departBody,
  findBody,
  findResponse,
  historyQuery,
  historyResponse,
  moveBody,
  outOfServiceBody,
  startStayBody,
  startStayResponse,
  stayChangeResponse,
  stayIdParams,
} from './schema.ts';
import { departStay, moveStay } from './stay-changes.ts';
import { startStay } from './stays.ts';

const tags = ['capacity'];

/** Places and capacity: the live board, finding a place, stays in beds, bed states, history. */
export function capacityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/capacity/board',
      {
        config: { access: 'capacity.view_board' },
        schema: {
          tags,
          summary: 'Every bed with its state now; occupants by alias or initials only',
          querystring: boardQuery,
          response: { 200: board },
        },
      },
      async (request) => getBoard(ctx, request.actor!, request.query),
    );

    // A search by POST: the household's details stay out of URLs and logs.
    app.post(
      '/api/capacity/find',
      {
        config: { access: 'capacity.view_board' },
        schema: {
          tags,
          summary:
            'Find a place for a household: options best first, and why other units do not fit',
          body: findBody,
          response: { 200: findResponse },
        },
      },
      async (request) => findPlace(ctx, request.actor!, request.body),
    );

    app.post(
      '/api/capacity/stays',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Start a stay: the adult and the children along move into the chosen beds',
          body: startStayBody,
          response: { 201: startStayResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await startStay(ctx, request.actor!, request.body)),
    );

    app.post(
      '/api/capacity/stays/:id/move',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Move people of a stay to other beds; the beds left wait for cleaning',
          params: stayIdParams,
          body: moveBody,
          response: { 200: stayChangeResponse },
        },
      },
      async (request) => moveStay(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/capacity/stays/:id/depart',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'End a stay; its beds wait for cleaning',
          params: stayIdParams,
          body: departBody,
          response: { 200: stayChangeResponse },
        },
      },
      async (request) => departStay(ctx, request.actor!, request.params.id, request.body),
    );

    app.post(
      '/api/capacity/beds/:id/ready',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'The bed is cleaned and the textiles washed: it may be offered again',
          params: bedIdParams,
          response: { 200: bedStatusResponse },
        },
      },
      async (request) => markReady(ctx, request.actor!, request.params.id),
    );

    app.post(
      '/api/capacity/beds/:id/out-of-service',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Take a bed out of use until it is put back in service',
          params: bedIdParams,
          body: outOfServiceBody,
          response: { 200: bedStatusResponse },
        },
      },
      async (request) =>
        takeOutOfService(ctx, request.actor!, request.params.id, request.body.reason),
    );

    app.post(
      '/api/capacity/beds/:id/in-service',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Put a bed back in service',
          params: bedIdParams,
          response: { 200: bedStatusResponse },
        },
      },
      async (request) => returnToService(ctx, request.actor!, request.params.id),
    );

    app.get(
      '/api/capacity/history',
      {
        config: { access: 'capacity.view_history' },
        schema: {
          tags,
          summary: 'Occupancy per night and overnights per month, per unit and target group',
          querystring: historyQuery,
          response: { 200: historyResponse },
        },
      },
      async (request) => getHistory(ctx, request.actor!, request.query),
    );

    await app.register(configurationRoutes(ctx));
  };
}
