import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { markReady, returnToService, takeOutOfService } from './bed-status.ts';
import { getBoard } from './board.ts';
import { configurationRoutes } from './config-routes.ts';
import { createdResponse, versionResponse } from './config-schema.ts';
import { findPlace } from './find.ts';
import { moveOptions } from './move-options.ts';
import { getHistory } from './history.ts';
import { board, boardQuery } from './board-schema.ts';
import { findBody, findResponse } from './find-schema.ts';
import { historyQuery, historyResponse } from './history-schema.ts';
import {
  addWaitingBody,
  reservationIdParams,
  reservationsResponse,
  reserveBody,
  resolveWaitingBody,
  versionBody,
  waitingIdParams,
  waitingResponse,
} from './reservation-schema.ts';
import {
  bedIdParams,
  bedStatusResponse,
  moveBody,
  moveOptionsResponse,
  outOfServiceBody,
  startStayBody,
  startStayResponse,
  stayChangeResponse,
  stayIdParams,
} from './stay-schema.ts';
import { cancelReservation, listReservations, reserve } from './reservations.ts';
import { moveStay } from './stay-changes.ts';
import { startStay } from './stays.ts';
import { addWaiting, listWaiting, resolveWaiting } from './waiting.ts';

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

    app.get(
      '/api/capacity/stays/:id/move-options',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Where the household of a stay could move now, as the moves to send',
          params: stayIdParams,
          response: { 200: moveOptionsResponse },
        },
      },
      async (request) => moveOptions(ctx, request.actor!, request.params.id),
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
      '/api/capacity/reservations',
      {
        config: { access: 'capacity.view_board' },
        schema: {
          tags,
          summary: 'Beds held now for households on their way, by label (alias or initials)',
          response: { 200: reservationsResponse },
        },
      },
      async (request) => listReservations(ctx, request.actor!),
    );

    app.post(
      '/api/capacity/reservations',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Hold beds for a household on its way until a given time; the place must fit it',
          body: reserveBody,
          response: { 201: createdResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await reserve(ctx, request.actor!, request.body)),
    );

    app.post(
      '/api/capacity/reservations/:id/cancel',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Let the held beds go: the household is not coming',
          params: reservationIdParams,
          body: versionBody,
          response: { 200: versionResponse },
        },
      },
      async (request) =>
        cancelReservation(ctx, request.actor!, request.params.id, request.body.version),
    );

    app.get(
      '/api/capacity/waiting',
      {
        config: { access: 'capacity.view_board' },
        schema: {
          tags,
          summary: 'Households waiting for a place, longest waiting first',
          response: { 200: waitingResponse },
        },
      },
      async (request) => listWaiting(ctx, request.actor!),
    );

    app.post(
      '/api/capacity/waiting',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Put a household on the waiting list, by label and needs',
          body: addWaitingBody,
          response: { 201: createdResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addWaiting(ctx, request.actor!, request.body)),
    );

    app.post(
      '/api/capacity/waiting/:id/resolve',
      {
        config: { access: 'capacity.assign' },
        schema: {
          tags,
          summary: 'Take a household off the waiting list, saying how',
          params: waitingIdParams,
          body: resolveWaitingBody,
          response: { 200: versionResponse },
        },
      },
      async (request) => resolveWaiting(ctx, request.actor!, request.params.id, request.body),
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
